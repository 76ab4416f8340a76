// Built by sign-in-messages.plugin.ts: the sections of the translations that the sign-in page uses.
declare module 'virtual:sign-in-messages/*' {
  const messages: Record<string, unknown>;
  export default messages;
}
