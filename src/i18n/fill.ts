/** Fills `{name}` placeholders from `values`; an unknown placeholder stays visible rather than vanishing. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
