import { describe, expect, it } from 'vitest'
import { type MailContent, renderMail } from './templates.js'

const site = { hostname: 'pds.example.com' }
const token = 'ABCDE-23456'

describe('mail templates', () => {
  const cases: [string, { given: MailContent; subject: string; says: string }][] = [
    [
      'confirm_email',
      {
        given: { kind: 'confirm_email', token },
        subject: 'Confirm your email address on pds.example.com',
        says: 'Confirm that this is the email address',
      },
    ],
    [
      'update_email',
      {
        given: { kind: 'update_email', token },
        subject: 'Your code to change your email settings on pds.example.com',
        says: 'change the email settings',
      },
    ],
    [
      'reset_password',
      {
        given: { kind: 'reset_password', token, handle: 'alice.pds.example.com' },
        subject: 'Reset your password on pds.example.com',
        says: '@alice.pds.example.com',
      },
    ],
    [
      'delete_account',
      {
        given: { kind: 'delete_account', token },
        subject: 'Confirm the deletion of your account on pds.example.com',
        says: 'deleted for good',
      },
    ],
    [
      'plc_operation',
      {
        given: { kind: 'plc_operation', token },
        subject: 'Confirm a change to your identity on pds.example.com',
        says: 'DID document',
      },
    ],
    [
      'sign_in',
      {
        given: { kind: 'sign_in', token },
        subject: 'Your sign-in code for pds.example.com',
        says: 'To finish, enter this code',
      },
    ],
  ]
  it.each(cases)('%s: names the host, carries the code in both parts', (_, { given, subject, says }) => {
    const mail = renderMail(given, site)
    expect(mail.subject).toBe(subject)
    expect(mail.text).toContain(token)
    expect(mail.text).toContain(says)
    expect(mail.text).toContain('valid for 15 minutes')
    expect(mail.html).toContain(`<strong>${token}</strong>`)
    expect(mail.html).toContain('pds.example.com')
  })

  it('escapes a notice in HTML and keeps its paragraphs', () => {
    const mail = renderMail(
      { kind: 'notice', subject: 'About <your> account', text: 'First & foremost.\n\n<script>alert(1)</script>' },
      site,
    )
    expect(mail.subject).toBe('About <your> account')
    expect(mail.text).toContain('<script>alert(1)</script>')
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('<p>First &#38; foremost.</p>')
    expect(mail.html).toContain('<p>&#60;script&#62;alert(1)&#60;/script&#62;</p>')
  })
})
