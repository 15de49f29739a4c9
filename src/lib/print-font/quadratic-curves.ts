export interface Vector {
	x: number;
	y: number;
}

/** One quadratic piece: its control point and the point it ends at. */
export interface QuadraticPiece {
	control: Vector;
	end: Vector;
}

/**
 * Approximates a cubic Bézier curve (as CFF fonts draw them) with quadratic ones (all TrueType
 * can hold), within `tolerance` font units.
 *
 * The cubic is cut into n pieces of equal parameter length and each piece is replaced by the
 * quadratic with control point (3·(c1 + c2) − (p0 + p3)) / 4. That quadratic strays from its
 * piece by at most √3/36 · |p3 − 3·c2 + 3·c1 − p0| of the piece, a third difference that shrinks
 * with the cube of the piece's length, so n follows from the tolerance directly, without trial.
 */
export function cubicToQuadratics(p0: Vector, c1: Vector, c2: Vector, p3: Vector, tolerance: number): QuadraticPiece[] {
	const thirdDifference = Math.hypot(p3.x - 3 * c2.x + 3 * c1.x - p0.x, p3.y - 3 * c2.y + 3 * c1.y - p0.y);
	const count = Math.max(1, Math.ceil(Math.cbrt((Math.sqrt(3) / 36) * (thirdDifference / tolerance))));
	const point = (t: number): Vector => {
		const u = 1 - t;
		return {
			x: u * u * u * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p3.x,
			y: u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p3.y,
		};
	};
	const derivative = (t: number): Vector => {
		const u = 1 - t;
		return {
			x: 3 * u * u * (c1.x - p0.x) + 6 * u * t * (c2.x - c1.x) + 3 * t * t * (p3.x - c2.x),
			y: 3 * u * u * (c1.y - p0.y) + 6 * u * t * (c2.y - c1.y) + 3 * t * t * (p3.y - c2.y),
		};
	};
	const pieces: QuadraticPiece[] = [];
	for (let index = 0; index < count; index++) {
		const [from, to] = [index / count, (index + 1) / count];
		const start = index === 0 ? p0 : point(from);
		const end = index === count - 1 ? p3 : point(to);
		// The piece as a cubic of its own: its control points lie a third of the way along the tangents.
		const [d0, d1] = [derivative(from), derivative(to)];
		const h = (to - from) / 3;
		const a = { x: start.x + h * d0.x, y: start.y + h * d0.y };
		const b = { x: end.x - h * d1.x, y: end.y - h * d1.y };
		pieces.push({ control: { x: (3 * (a.x + b.x) - start.x - end.x) / 4, y: (3 * (a.y + b.y) - start.y - end.y) / 4 }, end });
	}
	return pieces;
}
