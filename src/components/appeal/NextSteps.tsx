export interface StepLink {
	readonly href: string;
	readonly label: string;
}

/** What to do with the copied text, as steps of a guide, each linked to its section. */
export interface NextStepLinks {
	/** The two links the one-line summary names: where to open the form, and the steps after pasting. */
	readonly open: StepLink;
	readonly steps: StepLink;
	/** The steps in order, numbered as in the guide; a step with two links offers two ways (Email or Chat). */
	readonly list: readonly (readonly StepLink[])[];
}

interface Props {
	links: NextStepLinks;
	strings: { heading: string; intro: string };
}

/** The steps after copying, shown once the English text has been copied. */
export default function NextSteps({ links, strings }: Props) {
	return (
		<section class="appeal-next" aria-labelledby="appeal-next-heading">
			<h3 id="appeal-next-heading">{strings.heading}</h3>
			<p>{strings.intro}</p>
			<ol>
				{links.list.map((step) => (
					<li key={step[0]!.href}>
						{step.map((link, index) => (
							<>
								{index > 0 && ' '}
								<a href={link.href}>{link.label}</a>
							</>
						))}
					</li>
				))}
			</ol>
		</section>
	);
}
