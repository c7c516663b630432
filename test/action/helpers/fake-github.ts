import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small fake of the GitHub REST API's issue endpoints, over real HTTP on 127.0.0.1, for the watchdog:
 * list a repository's issues (state and label filters, paging by `page`/`per_page` with a Link header),
 * create one, comment on one, update one (close). Requests need `Authorization: token|Bearer <token>`;
 * anything else gets GitHub's 401 body. Every request is recorded.
 */

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: { name: string }[];
  comments: string[];
  html_url: string;
}

export interface FakeGitHub {
  /** The API base, for GITHUB_API_URL. */
  url: string;
  issues: FakeIssue[];
  requests: { method: string; path: string; authorization: string | undefined }[];
  /** Seeds an issue (e.g. one opened by hand, which the watchdog must leave alone). */
  addIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

export async function startFakeGitHub(options: { token: string; repository: string }): Promise<FakeGitHub> {
  const issues: FakeIssue[] = [];
  const requests: FakeGitHub['requests'] = [];
  let url = '';
  const repoPath = `/repos/${options.repository}`;
  const issueView = (issue: FakeIssue) => ({ ...issue, comments: issue.comments.length });
  const addIssue = (fields: Partial<FakeIssue> & { title: string }): FakeIssue => {
    const number = issues.length + 1;
    const issue: FakeIssue = {
      number,
      body: '',
      state: 'open',
      state_reason: null,
      labels: [],
      comments: [],
      html_url: `https://github.example/${options.repository}/issues/${number}`,
      ...fields,
    };
    issues.push(issue);
    return issue;
  };

  const server = createServer((request, response) => {
    void (async () => {
      const target = new URL(request.url ?? '/', 'http://127.0.0.1');
      const method = request.method ?? 'GET';
      requests.push({
        method,
        path: target.pathname + target.search,
        authorization: request.headers.authorization,
      });
      if (
        request.headers.authorization !== `token ${options.token}` &&
        request.headers.authorization !== `Bearer ${options.token}`
      ) {
        return send(response, 401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        });
      }
      const path = target.pathname;
      if (!path.startsWith(`${repoPath}/issues`)) return send(response, 404, { message: 'Not Found' });
      const rest = path.slice(`${repoPath}/issues`.length);

      if (rest === '' && method === 'GET') {
        const state = target.searchParams.get('state') ?? 'open';
        const labels = (target.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const perPage = Number(target.searchParams.get('per_page') ?? 30);
        const page = Number(target.searchParams.get('page') ?? 1);
        const matching = issues
          .filter((issue) => state === 'all' || issue.state === state)
          .filter((issue) => labels.every((label) => issue.labels.some((l) => l.name === label)))
          .sort((a, b) => b.number - a.number);
        const slice = matching.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < matching.length) {
          const next = new URL(target.href.replace('http://127.0.0.1', url));
          next.searchParams.set('page', String(page + 1));
          headers['link'] = `<${next.href}>; rel="next"`;
        }
        return send(response, 200, slice.map(issueView), headers);
      }
      if (rest === '' && method === 'POST') {
        const body = await readJson(request);
        const issue = addIssue({
          title: String(body['title']),
          body: String(body['body'] ?? ''),
          labels: ((body['labels'] as string[] | undefined) ?? []).map((name) => ({ name })),
        });
        return send(response, 201, issueView(issue));
      }
      const match = /^\/(\d+)(\/comments)?$/.exec(rest);
      const issue = match ? issues.find((i) => i.number === Number(match[1])) : undefined;
      if (!match || !issue) return send(response, 404, { message: 'Not Found' });
      if (match[2] && method === 'POST') {
        const body = await readJson(request);
        issue.comments.push(String(body['body']));
        return send(response, 201, { id: issue.comments.length, body: body['body'] });
      }
      if (!match[2] && method === 'PATCH') {
        const body = await readJson(request);
        if (body['state'] === 'open' || body['state'] === 'closed') issue.state = body['state'];
        if (typeof body['state_reason'] === 'string') issue.state_reason = body['state_reason'];
        return send(response, 200, issueView(issue));
      }
      return send(response, 404, { message: 'Not Found' });
    })().catch((err: unknown) => send(response, 500, { message: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    issues,
    requests,
    addIssue,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
