/**
 * English UI strings. This table defines the keys: every other language's table is typed
 * against it, so a missing or misspelt translation fails `astro check`.
 */
export const en = {
	'site.name': 'Seller Verification Handbook',
	'site.description':
		'Independent, step-by-step help for marketplace sellers whose identity verification failed, who cannot log in, or who must verify as an individual seller.',
	'skipLink': 'Skip to content',
	'nav.label': 'Guides',
	'nav.menu': 'Menu',
	'nav.home': 'Start here',
	'section.verification': 'Identity verification',
	'section.access': 'Login and account security',
	'section.support': 'Support and FAQ',
	'toc.title': 'On this page',
	'search.label': 'Search',
	'search.shortcut': 'Press / to search',
	'search.title': 'Search the guides',
	'search.inputLabel': 'Words from your e-mail or screen',
	'search.submit': 'Search',
	'search.loading': 'Searching…',
	'search.results': '{count} pages found for “{query}”',
	'search.noResults': 'Nothing found for “{query}”. Try fewer words, or words from the e-mail subject.',
	'search.unavailable': 'Search works only in the built site (npm start), not in the development server.',
	'search.failed': 'Search could not load. Reload the page, or browse the guides in the menu.',
	'language.label': 'Language',
	'language.switchTo': 'Read this page in English',
	'heading.copyLink': 'Copy link to section: {title}',
	'heading.copied': 'Link copied',
	'pagination.label': 'More guides',
	'pagination.previous': 'Previous',
	'pagination.next': 'Next',
	'meta.lastReviewed': 'Last reviewed {date}',
	'sources.title': 'Sources',
	'sources.intro':
		'Facts on this page come from the articles below. We wrote the text ourselves; check the official e-mails and Seller Central pages you receive, as they take precedence.',
	'sources.kind.official': 'Official guidance',
	'sources.kind.community': 'Community report',
	'sources.kind.mixed': 'Official and community content mixed',
	'aside.note': 'Note',
	'aside.tip': 'Tip',
	'aside.warning': 'Warning',
	'aside.official': 'Official guidance',
	'aside.community': 'Community experience, not official guidance',
	'footer.independent':
		'This is an independent guide. It is not affiliated with, endorsed by or sponsored by Amazon or any marketplace. Where it differs from an official e-mail or Seller Central, follow the official source.',
	'footer.sourcesNote': 'Each guide lists its sources and the date it was last reviewed.',
	'home.title': 'What happened?',
	'home.intro':
		'Pick the situation closest to yours. Each link opens the guide, or the exact section, that tells you what to do next.',
	'home.guidesTitle': 'All guides',
	'situation.failureEmail': 'I got an e-mail saying my identity could not be verified',
	'situation.notSureGenuine': 'I am not sure an e-mail from the marketplace is genuine',
	'situation.whyFailed': 'I want to know why verification failed',
	'situation.appeal': 'I want to appeal a failed verification',
	'situation.videoCall': 'I was invited to a video call',
	'situation.refused': 'Support told me to restart with a new account',
	'situation.photos': 'I need to retake photos of my documents',
	'situation.cantLogIn': 'I can\u2019t log in to Seller Central',
	'situation.twoStep': 'I must set up two-step verification',
	'situation.individual': 'I was asked to verify as an individual seller',
	'situation.contactSupport': 'I need to contact Selling Partner Support',
	'situation.faq': 'I have a quick question',
	'notFound.title': 'Page not found',
	'notFound.body':
		'The page you asked for does not exist, or it has moved. The guides are listed on the start page.',
	'notFound.home': 'Go to the start page',
	'root.title': 'Choose your language',
} satisfies Record<string, string>;

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;
