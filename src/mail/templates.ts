/**
 * The mails this PDS sends, as plain text and HTML, each naming the operator's host.
 * A mailed code appears in both parts; nothing else in a template is secret.
 *
 * @module
 */
import { EMAIL_TOKEN_TTL_MS, type EmailTokenPurpose } from '#src/account/email-tokens.js'

/** What a mail says: a code for one of the email-token purposes, or a free-form notice. */
export type MailContent =
  | { kind: Exclude<EmailTokenPurpose, 'reset_password'>; token: string }
  /** `handle` names the account whose password is reset (the address may hold only one). */
  | { kind: 'reset_password'; token: string; handle: string }
  /** A message written by someone (the admin's sendEmail), sent as they wrote it. */
  | { kind: 'notice'; subject: string; text: string }

/** The kinds of {@link MailContent}. */
export type MailKind = MailContent['kind']

/** A rendered mail. */
export interface RenderedMail {
  subject: string
  text: string
  html: string
}

/** Facts about the sending server the templates show. */
export interface MailSite {
  /** `PDS_HOSTNAME`, e.g. `pds.example.com`. */
  hostname: string
}

interface CodeTemplate {
  subject: (host: string) => string
  /** Paragraphs before the code. */
  intro: (host: string, content: MailContent) => string[]
  /** Paragraphs after it. */
  outro: string[]
}

const MINUTES = Math.round(EMAIL_TOKEN_TTL_MS / 60_000)
const IGNORE = 'If you did not ask for this, you can ignore this message: nothing changes without the code.'

const CODE_TEMPLATES: Record<Exclude<MailKind, 'notice'>, CodeTemplate> = {
  confirm_email: {
    subject: (host) => `Confirm your email address on ${host}`,
    intro: (host) => [`Confirm that this is the email address of your account on ${host} with this code:`],
    outro: [IGNORE],
  },
  update_email: {
    subject: (host) => `Your code to change your email settings on ${host}`,
    intro: (host) => [`You asked to change the email settings of your account on ${host}. Your code:`],
    outro: [IGNORE],
  },
  reset_password: {
    subject: (host) => `Reset your password on ${host}`,
    intro: (host, content) => [
      `You asked to reset the password of ${content.kind === 'reset_password' ? `@${content.handle}` : 'your account'} on ${host}. Your code:`,
    ],
    outro: ['Resetting the password signs you out everywhere.', IGNORE],
  },
  delete_account: {
    subject: (host) => `Confirm the deletion of your account on ${host}`,
    intro: (host) => [
      `You asked to delete your account on ${host}. With this code, your account and all its data are deleted for good:`,
    ],
    outro: ['If you did not ask for this, do not share the code with anyone; change your password.'],
  },
  plc_operation: {
    subject: (host) => `Confirm a change to your identity on ${host}`,
    intro: (host) => [
      `You asked ${host} to sign a change to your identity (your DID document: handle, keys or hosting server). Your code:`,
    ],
    outro: ['If you did not ask for this, do not share the code with anyone; change your password.'],
  },
  sign_in: {
    subject: (host) => `Your sign-in code for ${host}`,
    intro: (host) => [`Someone signed in to your account on ${host} with your password. To finish, enter this code:`],
    outro: ['If this was not you, change your password now: someone knows it.'],
  },
}

/**
 * Renders a mail.
 *
 * @example
 * const { subject, text, html } = renderMail({ kind: 'confirm_email', token }, { hostname: 'pds.example.com' })
 */
export function renderMail(content: MailContent, site: MailSite): RenderedMail {
  const host = site.hostname
  if (content.kind === 'notice') {
    const paragraphs = content.text.split(/\r?\n\s*\r?\n/)
    return {
      subject: content.subject,
      text: `${content.text}\n\n-- \n${host}\n`,
      html: layout(host, paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`).join('\n')),
    }
  }
  const template = CODE_TEMPLATES[content.kind]
  const intro = template.intro(host, content)
  const validity = `The code is valid for ${MINUTES} minutes and works once.`
  const outro = [validity, ...template.outro]
  const text = [...intro, `    ${content.token}`, ...outro, `-- \n${host}`].join('\n\n')
  const html = layout(
    host,
    [
      ...intro.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p style="font-size:24px;font-family:monospace;letter-spacing:2px"><strong>${escapeHtml(content.token)}</strong></p>`,
      ...outro.map((p) => `<p>${escapeHtml(p)}</p>`),
    ].join('\n'),
  )
  return { subject: template.subject(host), text: `${text}\n`, html }
}

function layout(host: string, body: string): string {
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><title>${escapeHtml(host)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;max-width:560px;margin:0 auto;padding:16px">
${body}
<p style="color:#666;font-size:12px">${escapeHtml(host)}</p>
</body>
</html>
`
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
