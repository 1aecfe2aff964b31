/**
 * Asks a running server to reload at once (POST /api/revalidate). Without it the server still sees the
 * revision within a second or two, through its watch of data/. Returns a line for the log; never throws.
 */
export async function notifyServer(
  siteUrl: string | undefined,
  token: string | undefined,
): Promise<string> {
  if (!token)
    return "REVALIDATE_TOKEN is not set: a running server on this data/ picks the revision up within seconds.";
  const url = `${(siteUrl ?? "http://localhost:3000").replace(/\/+$/, "")}/api/revalidate`;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
    return res.ok
      ? `told ${url} to refresh`
      : `${url} answered ${res.status}; a server on this data/ still picks the revision up within seconds`;
  } catch {
    return `no server answered at ${url}; a server on this data/ picks the revision up within seconds`;
  }
}
