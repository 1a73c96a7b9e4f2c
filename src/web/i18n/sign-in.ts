import type { CatalogueOf } from './catalogue';
import { ssoSignInEn, ssoSignInSv } from './sso';

/** Signing in, signing up and the password and e-mail pages. */
export const authSv = {
  email: 'E-postadress',
  password: 'Lösenord',
  emailMissing: 'Skriv din e-postadress',
  emailInvalid: 'Skriv e-postadressen i rätt format, till exempel namn@kommun.se',
  passwordMissing: 'Skriv ditt lösenord',
  rateLimited: 'Du har försökt för många gånger. Vänta en stund och försök sedan igen.',
  rateLimitedMinutes_one:
    'Du har försökt för många gånger. Vänta {{count}} minut och försök sedan igen.',
  rateLimitedMinutes_other:
    'Du har försökt för många gånger. Vänta {{count}} minuter och försök sedan igen.',
  failed: 'Det gick inte just nu. Försök igen om en stund.',
};

export const signInSv = {
  title: 'Logga in',
  submit: 'Logga in',
  invalidCredentials:
    'E-postadressen eller lösenordet stämmer inte. Kontrollera dem och försök igen.',
  noAccount: 'Har du inget konto?',
  createAccount: 'Skapa ett konto',
  sso: ssoSignInSv,
};

export const signUpSv = {
  title: 'Skapa konto',
  intro: 'Med ett konto kan du skapa en samverkansgrupp eller arbeta i en som du är inbjuden till.',
  name: 'Namn',
  nameHint: 'Ditt för- och efternamn. Det syns för de andra i din samverkansgrupp.',
  nameMissing: 'Skriv ditt namn',
  nameInvalid: 'Kontrollera ditt namn. Det får vara högst 200 tecken.',
  emailHint: 'Använd gärna din e-postadress på jobbet.',
  emailTaken:
    'Det finns redan ett konto med den här e-postadressen. Logga in i stället, eller använd en annan e-postadress.',
  ssoRequired:
    'Adresser i den här domänen loggar in med {{provider}}. Du behöver inget konto här: välj Logga in och skriv din adress.',
  passwordHint: 'Minst {{min}} tecken. Flera ord i följd är lätta att minnas och svåra att gissa.',
  passwordMissing: 'Välj ett lösenord',
  passwordTooShort: 'Lösenordet måste ha minst {{min}} tecken',
  submit: 'Skapa konto',
  haveAccount: 'Har du redan ett konto?',
  signIn: 'Logga in',
};

export const authEn: CatalogueOf<typeof authSv> = {
  email: 'Email address',
  password: 'Password',
  emailMissing: 'Enter your email address',
  emailInvalid: 'Enter the email address in the right format, like name@council.gov',
  passwordMissing: 'Enter your password',
  rateLimited: 'You have tried too many times. Wait a while and then try again.',
  rateLimitedMinutes_one:
    'You have tried too many times. Wait {{count}} minute and then try again.',
  rateLimitedMinutes_other:
    'You have tried too many times. Wait {{count}} minutes and then try again.',
  failed: 'That did not work just now. Try again in a moment.',
};

export const signInEn: CatalogueOf<typeof signInSv> = {
  title: 'Sign in',
  submit: 'Sign in',
  invalidCredentials: 'The email address or password is not right. Check them and try again.',
  noAccount: 'No account yet?',
  createAccount: 'Create an account',
  sso: ssoSignInEn,
};

export const signUpEn: CatalogueOf<typeof signUpSv> = {
  title: 'Create an account',
  intro: 'With an account you can create a collaboration or work in one you are invited to.',
  name: 'Name',
  nameHint: 'Your first and last name. The others in your collaboration will see it.',
  nameMissing: 'Enter your name',
  nameInvalid: 'Check your name. It can be at most 200 characters.',
  emailHint: 'Preferably your work email address.',
  emailTaken:
    'There is already an account with this email address. Sign in instead, or use another email address.',
  ssoRequired:
    'Addresses at this domain sign in with {{provider}}. You need no account here: choose Sign in and type your address.',
  passwordHint:
    'At least {{min}} characters. Several words in a row are easy to remember and hard to guess.',
  passwordMissing: 'Choose a password',
  passwordTooShort: 'The password must have at least {{min}} characters',
  submit: 'Create account',
  haveAccount: 'Already have an account?',
  signIn: 'Sign in',
};
