// Three consecutive updates of a 3-vector's fields by a product with a field
// (p.vx -= dx * q.m * mag; p.vy -= ...; p.vz -= ...) run as one instruction
// (ADD/SUBMULLDTO3_F64): the same values as the three statements, in their order, with
// q.g read again after each store (p may be q) and nil checked as the first statement.
package main

import (
	"fmt"
	"math"
)

type body struct {
	x, y, z, vx, vy, vz, m float64
}

func kick(p, q *body, dx, dy, dz, mag float64) {
	p.vx -= dx * q.m * mag
	p.vy -= dy * q.m * mag
	p.vz -= dz * q.m * mag
}

func push(p, q *body, dx, dy, dz, mag float64) {
	p.vx += dx * q.m * mag
	p.vy += dy * q.m * mag
	p.vz += dz * q.m * mag
}

// q.g is one of the updated fields: the later statements see the earlier stores
func self(p *body, a, b, c, mag float64) {
	p.x += a * p.y * mag
	p.y += b * p.y * mag
	p.z += c * p.y * mag
}

// not the shape (fields out of order, a different y): three plain statements
func mixed(p, q *body, dx, dy, dz, mag, mag2 float64) {
	p.vy -= dx * q.m * mag
	p.vx -= dy * q.m * mag
	p.vz -= dz * q.m * mag2
}

func catch(f func()) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	f()
	return ""
}

func main() {
	e := 1.0 / (1 << 30)
	p := &body{vx: 1 + 2*e, vy: -1, vz: math.Copysign(0, -1), m: 2}
	q := &body{m: 1 - e}
	// each product rounded: (1+e)(1-e) rounds to 1, so vx ends at exactly 2e
	kick(p, q, 1+e, 0, 0, 1)
	fmt.Println(p.vx, p.vy, math.Signbit(p.vz))
	push(p, q, math.Inf(1), math.NaN(), -1, 2)
	fmt.Println(p.vx, p.vy, p.vz)
	s := &body{x: 1, y: 2, z: 3}
	self(s, 1, 1, 1, 0.5)
	fmt.Println(s.x, s.y, s.z)
	m := &body{vx: 1, vy: 1, vz: 1}
	mixed(m, q, 1, 2, 3, 1, 0.5)
	fmt.Println(m.vx, m.vy, m.vz)
	var np *body
	fmt.Println(catch(func() { kick(np, q, 1, 2, 3, 4) }))
	fmt.Println(catch(func() { kick(p, np, 1, 2, 3, 4) }), p.vx)
	// p and q the same body, the mass not among the updated fields
	a := &body{vx: 1, vy: 2, vz: 3, m: 4}
	kick(a, a, 1, 2, 3, 0.25)
	fmt.Println(a.vx, a.vy, a.vz)
}

// Output:
// 1.862645149230957e-09 -1 true
// +Inf NaN -1.9999999981373549
// 2 3 4.5
// -0.9999999981373549 9.313225746154785e-10 -0.49999999860301614
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference +Inf
// 0 0 0
