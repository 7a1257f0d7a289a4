// Renders the README's "What it checks" table from the check registry and the en/ja catalogs.
export function checksTable(checks, catalogs) {
  const rows = checks.map((c) => `| \`${c.id}\` | ${c.weight} | ${catalogs.en[c.id]?.title ?? ''} | ${catalogs.ja[c.id]?.title ?? ''} |`);
  return ['| check id | weight | en | ja |', '|---|---|---|---|', ...rows].join('\n');
}

export function replaceBetweenMarkers(text, table) {
  return text.replace(/(<!-- checks:start[^>]*-->)[\s\S]*?(<!-- checks:end -->)/, `$1\n${table}\n$2`);
}
