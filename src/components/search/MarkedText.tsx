import type { TextSegment } from '../../lib/search/highlight';

/** Result text with the query's matches in <mark>; always rendered as text, never as HTML. */
export default function MarkedText({ segments }: { segments: readonly TextSegment[] }) {
	return <>{segments.map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}</>;
}
