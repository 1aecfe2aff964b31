/** Asks a running server to reload (POST /api/revalidate). Returns a line for the log; never throws. */
export async function notifyServer(
  siteUrl: string | undefined,
  token: string | undefined,
): Promise<string> {
  if (!token)
    return "REVALIDATE_TOKEN is not set: a running server picks the revision up on its next request.";
  const url = `${(siteUrl ?? "http://localhost:3000").replace(/\/+$/, "")}/api/revalidate`;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
    return res.ok
      ? `told ${url} to refresh`
      : `${url} answered ${res.status}; the server will still pick the revision up on its next request`;
  } catch {
    return `no server answered at ${url}; it will pick the revision up when it next reads the data`;
  }
}
