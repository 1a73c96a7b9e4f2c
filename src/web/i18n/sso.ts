import type { CatalogueOf } from './catalogue';

/** Signing in through an organisation's identity provider (single sign-on, issue 19). */
export const ssoSignInSv = {
  intro: 'Adressen loggar in med {{provider}}. Du skickas dit och kommer tillbaka hit inloggad.',
  submit: 'Logga in med {{provider}}',
  denied:
    'Inloggningen avbröts hos din organisations inloggningstjänst, så du är inte inloggad. Försök igen, eller fråga din IT-avdelning om du inte får logga in.',
  wrongIssuer:
    'Din organisations inloggningstjänst svarar med en annan utfärdare (issuer) än den som är inställd i Samrutin. Be administratören för Samrutin kontrollera inställningen.',
  outsideDomain:
    'Inloggningstjänsten gav en e-postadress som inte hör till dess domäner, så du är inte inloggad. Logga in där med din adress i organisationen.',
  notLinked:
    'Det finns redan ett konto med adressen, men den är inte bekräftad. Logga in med lösenordet och bekräfta adressen först, eller be administratören om hjälp.',
  failed:
    'Inloggningen via din organisation gick inte att slutföra. Försök igen; om det inte går, be administratören för Samrutin om hjälp.',
  unavailable:
    'Det gick inte att nå din organisations inloggningstjänst. Försök igen om en stund, eller be administratören om hjälp.',
} as const;

export const ssoSignInEn: CatalogueOf<typeof ssoSignInSv> = {
  intro:
    'This address signs in with {{provider}}. You are sent there and come back here signed in.',
  submit: 'Sign in with {{provider}}',
  denied:
    "The sign-in was cancelled at your organisation's sign-in service, so you are not signed in. Try again, or ask your IT department if you may not sign in.",
  wrongIssuer:
    "Your organisation's sign-in service answers with another issuer than the one configured in Samrutin. Ask Samrutin's administrator to check the setting.",
  outsideDomain:
    'The sign-in service gave an e-mail address outside its domains, so you are not signed in. Sign in there with your address in the organisation.',
  notLinked:
    'An account with this address already exists, but the address is not confirmed. Sign in with the password and confirm the address first, or ask the administrator.',
  failed:
    "Signing in through your organisation could not be completed. Try again; if it still fails, ask Samrutin's administrator.",
  unavailable:
    "Your organisation's sign-in service could not be reached. Try again in a while, or ask the administrator.",
};

/** The administrator's identity providers (Administration). */
export const identityProvidersSv = {
  title: 'Inloggning via organisationer (SSO)',
  intro:
    'Alla med en e-postadress i en domän som står här loggar in via sin organisations inloggningstjänst (OpenID Connect, till exempel Entra ID eller Keycloak) i stället för med lösenord. Deras konton är vanliga konton.',
  none: 'Ingen inloggningstjänst är inställd. Alla loggar in med lösenord.',
  listLabel: 'Inloggningstjänster',
  domains: 'E-postdomäner',
  issuer: 'Utfärdare (issuer)',
  clientId: 'Klient-id',
  clientSecret: 'Klienthemlighet',
  secretSaved: 'Sparad (visas aldrig)',
  redirectUri: 'Omdirigerings-URI att registrera hos tjänsten',
  edit: 'Ändra {{name}}',
  remove: 'Ta bort {{name}}',
  add: 'Lägg till inloggningstjänst',
  addTitle: 'Ny inloggningstjänst',
  editTitle: 'Ändra {{name}}',
  displayName: 'Namn på knappen',
  displayNameHint: 'Visas som ”Logga in med …”, till exempel Kommun A.',
  domainsHint:
    'Domänen efter @ i adresserna, till exempel kommun-a.se. Flera skiljs med kommatecken. En domän kan bara höra till en tjänst.',
  issuerHint:
    'Exakt som tjänsten anger den. Entra ID: https://login.microsoftonline.com/<tenant-id>/v2.0 (inte ”common”). Keycloak: https://<värd>/realms/<realm>.',
  clientSecretHint: 'Sparas och visas aldrig igen.',
  clientSecretKeep: 'Lämna tomt för att behålla den sparade hemligheten.',
  redirectHint:
    'Registrera omdirigerings-URI:n {{uri}} hos tjänsten (den står också i listan när tjänsten är sparad).',
  save: 'Spara',
  cancel: 'Avbryt',
  saved: 'Inloggningstjänsten {{name}} är sparad.',
  removed: 'Inloggningstjänsten {{name}} är borttagen.',
  removeTitle: 'Ta bort {{name}}?',
  removeBody:
    'Personerna med dessa domäner loggar då in med lösenord. Deras konton, medlemskap och bekräftelser finns kvar; den som saknar lösenord får en länk för nytt lösenord av dig här ovanför.',
  removeConfirm: 'Ta bort',
  nameMissing: 'Skriv ett namn för knappen.',
  domainsInvalid: 'Skriv en eller flera domäner, till exempel kommun-a.se, skilda med kommatecken.',
  issuerInvalid: 'Skriv utfärdarens adress, som börjar med https://.',
  clientIdMissing: 'Skriv klient-id:t från tjänsten.',
  clientSecretMissing: 'Skriv klienthemligheten från tjänsten.',
  domainTaken: 'En annan inloggningstjänst har redan domänen: {{domains}}.',
  issuerMismatch:
    'Utfärdaren stämmer inte: tjänstens discovery-dokument anger utfärdaren {{discovered}}. Skriv utfärdaren exakt som tjänsten anger den.',
  discoveryUnreadable:
    'Utfärdaren svarar inte: discovery-dokumentet {{url}} gick inte att läsa. Kontrollera adressen.',
  discoveryIncomplete:
    'Discovery-dokumentet {{url}} saknar adresser som inloggningen behöver. Kontrollera utfärdaren.',
  stale: 'Någon annan ändrade tjänsten samtidigt. Listan är uppdaterad; gör ändringen igen.',
  failed: 'Det gick inte att spara. Försök igen om en stund.',
  removeFailed: 'Det gick inte att ta bort. Försök igen om en stund.',
} as const;

export const identityProvidersEn: CatalogueOf<typeof identityProvidersSv> = {
  title: 'Signing in through organisations (SSO)',
  intro:
    "Everyone with an e-mail address in a domain listed here signs in through their organisation's sign-in service (OpenID Connect, e.g. Entra ID or Keycloak) instead of with a password. Their accounts are ordinary accounts.",
  none: 'No sign-in service is set up. Everyone signs in with a password.',
  listLabel: 'Sign-in services',
  domains: 'E-mail domains',
  issuer: 'Issuer',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  secretSaved: 'Saved (never shown)',
  redirectUri: 'Redirect URI to register at the service',
  edit: 'Change {{name}}',
  remove: 'Remove {{name}}',
  add: 'Add a sign-in service',
  addTitle: 'New sign-in service',
  editTitle: 'Change {{name}}',
  displayName: 'Name on the button',
  displayNameHint: 'Shown as “Sign in with …”, for example Kommun A.',
  domainsHint:
    'The domain after the @ of the addresses, for example kommun-a.se. Separate several with commas. A domain belongs to one service only.',
  issuerHint:
    'Exactly as the service states it. Entra ID: https://login.microsoftonline.com/<tenant-id>/v2.0 (not “common”). Keycloak: https://<host>/realms/<realm>.',
  clientSecretHint: 'Saved and never shown again.',
  clientSecretKeep: 'Leave empty to keep the saved secret.',
  redirectHint:
    'Register the redirect URI {{uri}} at the service (it is also in the list once the service is saved).',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'The sign-in service {{name}} is saved.',
  removed: 'The sign-in service {{name}} is removed.',
  removeTitle: 'Remove {{name}}?',
  removeBody:
    'People with these domains then sign in with a password. Their accounts, memberships and sign-offs stay; anyone without a password gets a password link from you above.',
  removeConfirm: 'Remove',
  nameMissing: 'Write a name for the button.',
  domainsInvalid: 'Write one or more domains, for example kommun-a.se, separated by commas.',
  issuerInvalid: "Write the issuer's address, starting with https://.",
  clientIdMissing: 'Write the client ID from the service.',
  clientSecretMissing: 'Write the client secret from the service.',
  domainTaken: 'Another sign-in service already has the domain: {{domains}}.',
  issuerMismatch:
    "The issuer does not match: the service's discovery document names the issuer {{discovered}}. Write the issuer exactly as the service states it.",
  discoveryUnreadable:
    'The issuer does not answer: the discovery document {{url}} could not be read. Check the address.',
  discoveryIncomplete:
    'The discovery document {{url}} lacks addresses the sign-in needs. Check the issuer.',
  stale:
    'Someone else changed the service at the same time. The list is updated; make the change again.',
  failed: 'It could not be saved. Try again in a while.',
  removeFailed: 'It could not be removed. Try again in a while.',
};
