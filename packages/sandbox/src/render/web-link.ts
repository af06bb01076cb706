/** UI links in the shapes the real API fills in (§4.3; fixtures 003, 047, 109, 212, 251). */
const APP = "https://app.threatconnect.com/auth";

/** Query-string value as the UI writes it: form encoding, spaces as `+`. */
function form(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, "+");
}

export function indicatorLink(type: string, entity: string, id: number, summary: string, owner: string, custom: boolean): string {
  if (custom) return `${APP}/indicators/details/customIndicator.xhtml?id=${id}&owner=${form(owner)}`;
  if (type === "URL") return `${APP}/indicators/details/url.xhtml?orgid=${id}&owner=${form(owner)}`;
  const page = entity.toLowerCase();
  return `${APP}/indicators/details/${page}.xhtml?${page}=${encodeURIComponent(summary)}&owner=${form(owner)}`;
}

export function groupLink(entity: string, id: number): string {
  const page = entity.toLowerCase();
  return `${APP}/${page}/${page}.xhtml?${page}=${id}`;
}

export function taskLink(id: number): string {
  return `${APP}/workflow/task.xhtml?task=${id}`;
}

export function victimLink(id: number): string {
  return `${APP}/victim/victim.xhtml?victim=${id}`;
}

export function tagLink(name: string, owner: string): string {
  return `${APP}/tags/tag.xhtml?tag=${form(name)}&owner=${form(owner)}`;
}
