// survey-core publishes no type declarations for its per-language UI string modules; they are loaded for their
// side effect (registering the language), so nothing of theirs is used by name.
declare module 'survey-core/i18n/*';
