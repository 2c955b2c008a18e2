/**
 * The browser host's request rule, shared by the host and the page: every
 * call carries this header. A page on another origin cannot add it without a
 * CORS preflight, which the host never grants, so a forged form or a no-cors
 * fetch never reaches a handler.
 */
export const WEB_HOST_CALL_HEADER = 'x-workbench-request';
