/**
 * Every user-facing string of the server-rendered pages, per language. A page picks the
 * best language from the browser's `Accept-Language` among those here (English otherwise).
 * To translate the pages, add a language to {@link MESSAGES}: the compiler checks it has
 * every string.
 *
 * @module
 */

/** The strings of one language. Functions take what varies in the sentence. */
export interface Messages {
  lang: string
  /** The language's own name, in the language menu. */
  languageName: string
  /** The language menu's label. */
  languageMenu: string
  signInTitle: string
  signInIntro: (app: string) => string
  identifier: string
  password: string
  signIn: string
  signInFailed: string
  takenDown: string
  codeTitle: string
  codeIntro: string
  code: string
  codeContinue: string
  codeWrong: string
  codeExpired: string
  chooseAccount: string
  continueAs: (handle: string) => string
  otherAccount: string
  consentTitle: string
  consentIntro: (app: string, account: string) => string
  consentDomain: (domain: string) => string
  loopbackDomain: string
  allow: string
  deny: string
  permissionsHeading: string
  errorTitle: string
  errorBack: string
  csrfFailed: string
  signUpTitle: string
  signUpLink: string
  handle: (domains: string) => string
  email: string
  inviteCode: string
  createAccount: string
  accountTitle: string
  accountIntro: string
  noApps: string
  revoke: string
  signOut: string
  grantedOn: (date: string) => string
  perm: {
    atproto: (account: string) => string
    generic: string
    chat: string
    email: string
    repo: (collection: string, actions: string) => string
    repoAny: (actions: string) => string
    actions: Record<'create' | 'update' | 'delete', string>
    rpc: (method: string, service: string) => string
    rpcAnyService: string
    blob: (types: string) => string
    accountEmailRead: string
    accountEmailManage: string
    accountRepo: string
    accountStatus: string
    identityHandle: string
    identityAll: string
    include: (nsid: string) => string
  }
}

const en: Messages = {
  lang: 'en',
  languageName: 'English',
  languageMenu: 'Language',
  signInTitle: 'Sign in',
  signInIntro: (app) => `Sign in to continue to ${app}.`,
  identifier: 'Handle or email address',
  password: 'Password',
  signIn: 'Sign in',
  signInFailed: 'Wrong handle, email address or password.',
  takenDown: 'This account has been taken down.',
  codeTitle: 'Check your email',
  codeIntro: 'We sent a sign-in code to the email address of this account. Enter it to continue.',
  code: 'Sign-in code',
  codeContinue: 'Continue',
  codeWrong: 'This code is wrong or was already used. Check the latest email and try again.',
  codeExpired: 'This code has expired. Sign in again to get a new one.',
  chooseAccount: 'Choose an account',
  continueAs: (handle) => `Continue as ${handle}`,
  otherAccount: 'Or sign in with another account',
  consentTitle: 'Allow access?',
  consentIntro: (app, account) => `${app} wants to access your account ${account}.`,
  consentDomain: (domain) => `The app is served from ${domain}.`,
  loopbackDomain: 'This is a development app running on your own computer.',
  allow: 'Allow',
  deny: 'Deny',
  permissionsHeading: 'It will be able to:',
  errorTitle: 'Something went wrong',
  errorBack: 'Go back to the app and try again.',
  csrfFailed: 'This form expired. Reload the page and try again.',
  signUpTitle: 'Create an account',
  signUpLink: 'New here? Create an account',
  handle: (domains) => `Handle (ending in ${domains})`,
  email: 'Email address',
  inviteCode: 'Invite code',
  createAccount: 'Create account',
  accountTitle: 'Your account',
  accountIntro: 'Apps you allowed to access your account. Revoking one signs it out at once.',
  noApps: 'You have not allowed any app yet.',
  revoke: 'Revoke access',
  signOut: 'Sign out of this browser',
  grantedOn: (date) => `Allowed on ${date}`,
  perm: {
    atproto: (account) => `Know that you are ${account}`,
    generic:
      'Create, change and delete anything in your repository, upload files, and use services such as Bluesky on your behalf (but not chat)',
    chat: 'Read and send your chat messages',
    email: 'See your email address',
    repo: (collection, actions) => `${actions} records of type ${collection}`,
    repoAny: (actions) => `${actions} records of any type`,
    actions: { create: 'create', update: 'change', delete: 'delete' },
    rpc: (method, service) => `Call ${method} at ${service} as you`,
    rpcAnyService: 'any service',
    blob: (types) => `Upload files (${types})`,
    accountEmailRead: 'See your email address',
    accountEmailManage: 'Change your email address',
    accountRepo: 'Import data into your repository',
    accountStatus: 'Deactivate or reactivate your account',
    identityHandle: 'Change your handle',
    identityAll: 'Change your handle and your identity document',
    include: (nsid) => `Use the permission set ${nsid}`,
  },
}

const fr: Messages = {
  lang: 'fr',
  languageName: 'Français',
  languageMenu: 'Langue',
  signInTitle: 'Connexion',
  signInIntro: (app) => `Connectez-vous pour continuer vers ${app}.`,
  identifier: 'Pseudo ou adresse e-mail',
  password: 'Mot de passe',
  signIn: 'Se connecter',
  signInFailed: 'Pseudo, adresse e-mail ou mot de passe incorrect.',
  takenDown: 'Ce compte a été suspendu.',
  codeTitle: 'Consultez vos e-mails',
  codeIntro: 'Nous avons envoyé un code de connexion à l’adresse e-mail de ce compte. Saisissez-le pour continuer.',
  code: 'Code de connexion',
  codeContinue: 'Continuer',
  codeWrong: 'Ce code est incorrect ou a déjà été utilisé. Vérifiez le dernier e-mail et réessayez.',
  codeExpired: 'Ce code a expiré. Reconnectez-vous pour en recevoir un nouveau.',
  chooseAccount: 'Choisissez un compte',
  continueAs: (handle) => `Continuer en tant que ${handle}`,
  otherAccount: 'Ou connectez-vous avec un autre compte',
  consentTitle: 'Autoriser l’accès ?',
  consentIntro: (app, account) => `${app} souhaite accéder à votre compte ${account}.`,
  consentDomain: (domain) => `L’application est servie depuis ${domain}.`,
  loopbackDomain: 'Il s’agit d’une application de développement qui tourne sur votre ordinateur.',
  allow: 'Autoriser',
  deny: 'Refuser',
  permissionsHeading: 'Elle pourra :',
  errorTitle: 'Une erreur est survenue',
  errorBack: 'Revenez à l’application et réessayez.',
  csrfFailed: 'Ce formulaire a expiré. Rechargez la page et réessayez.',
  signUpTitle: 'Créer un compte',
  signUpLink: 'Nouveau ici ? Créez un compte',
  handle: (domains) => `Pseudo (se terminant par ${domains})`,
  email: 'Adresse e-mail',
  inviteCode: 'Code d’invitation',
  createAccount: 'Créer le compte',
  accountTitle: 'Votre compte',
  accountIntro: 'Les applications autorisées à accéder à votre compte. En révoquer une la déconnecte aussitôt.',
  noApps: 'Vous n’avez encore autorisé aucune application.',
  revoke: 'Révoquer l’accès',
  signOut: 'Se déconnecter de ce navigateur',
  grantedOn: (date) => `Autorisée le ${date}`,
  perm: {
    atproto: (account) => `Savoir que vous êtes ${account}`,
    generic:
      'Créer, modifier et supprimer tout ce que contient votre dépôt, envoyer des fichiers et utiliser des services comme Bluesky en votre nom (sauf la messagerie)',
    chat: 'Lire et envoyer vos messages privés',
    email: 'Voir votre adresse e-mail',
    repo: (collection, actions) => `${actions} des enregistrements de type ${collection}`,
    repoAny: (actions) => `${actions} des enregistrements de tout type`,
    actions: { create: 'créer', update: 'modifier', delete: 'supprimer' },
    rpc: (method, service) => `Appeler ${method} sur ${service} en votre nom`,
    rpcAnyService: 'n’importe quel service',
    blob: (types) => `Envoyer des fichiers (${types})`,
    accountEmailRead: 'Voir votre adresse e-mail',
    accountEmailManage: 'Changer votre adresse e-mail',
    accountRepo: 'Importer des données dans votre dépôt',
    accountStatus: 'Désactiver ou réactiver votre compte',
    identityHandle: 'Changer votre pseudo',
    identityAll: 'Changer votre pseudo et votre document d’identité',
    include: (nsid) => `Utiliser l’ensemble de permissions ${nsid}`,
  },
}

/** The languages the pages are translated into. */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, fr }

/**
 * The language the pages speak: the one the user picked in the language menu (`?lang=`, then
 * remembered in a cookie), else the best match for the browser's `Accept-Language`.
 *
 * @example
 * chooseMessages({ picked: 'fr', acceptLanguage: 'en' }).lang // 'fr'
 */
export function chooseMessages(opts: { picked?: string; remembered?: string; acceptLanguage?: string }): Messages {
  for (const tag of [opts.picked, opts.remembered]) {
    if (tag !== undefined && Object.hasOwn(MESSAGES, tag)) return MESSAGES[tag] as Messages
  }
  return pickMessages(opts.acceptLanguage)
}

/**
 * The best translation for an `Accept-Language` header (quality values honoured,
 * `fr-CA` falls back to `fr`), English when none matches.
 *
 * @example
 * pickMessages('fr-CH, fr;q=0.9, en;q=0.8').lang // 'fr'
 */
export function pickMessages(acceptLanguage: string | undefined): Messages {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter((r) => r.tag !== '' && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const found = MESSAGES[tag] ?? MESSAGES[tag.split('-')[0] as string]
    if (found) return found
  }
  return en
}
