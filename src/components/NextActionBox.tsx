import type { ComponentChildren } from 'preact';
import { siteHref } from '../lib/site-url';
import './NextActionBox.css';

interface Props {
	/** "What to do now", in the page's language. */
	title: string;
	/** Where the one next action is done: a root-absolute path with the language, e.g. `/en/appeal-generator/?s=login-access`. */
	href: string;
	/** The link's words: the action itself ("Write the message with the appeal generator"). */
	label: string;
	/** A sentence or two on why this is the next step, and anything to do with the result. */
	children?: ComponentChildren;
}

/**
 * The box that ends a path through the site with one next action, so a reader who has worked
 * through a guide or a quiz is not sent round to where they started. Static HTML in a guide's MDX
 * (`<NextActionBox title=… href=… label=…>…</NextActionBox>`); the quiz island renders it too.
 */
export default function NextActionBox({ title, href, label, children }: Props) {
	return (
		<aside class="next-action" aria-label={title}>
			<p class="next-action-title">{title}</p>
			{children && <div class="next-action-text">{children}</div>}
			<p class="next-action-go">
				<a class="next-action-link" href={siteHref(href)}>
					{label}
				</a>
			</p>
		</aside>
	);
}
