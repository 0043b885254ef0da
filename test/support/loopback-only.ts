/**
 * Test setup (vitest `setupFiles`): the global `fetch` refuses any host but the loopback, so no test
 * can reach a real service by accident — the live sources' defaults point at huggingface.co, hfday.ru
 * and export.arxiv.org, and a test that starts the bot without overriding them gets a refused
 * request (a "cannot connect" the bot logs and survives), never a request to the Internet.
 */
const realFetch = globalThis.fetch;
const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (!loopback.test(url.hostname)) {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error(`tests reach only 127.0.0.1: ${url.hostname} refused`), { code: 'ECONNREFUSED' }) });
    return Promise.reject(error);
  }
  return realFetch(input, init);
}) as typeof fetch;
