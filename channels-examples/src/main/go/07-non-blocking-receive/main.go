// Lesson 07: Select & Multiplexing, Non-Blocking Operations (receive).
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 42
	for i := 0; i < 2; i++ {
		// region lesson
		// Try to receive, but don't block
		select {
		case val := <-ch:
			fmt.Println("received:", val)
		default:
			fmt.Println("nothing ready")
		}
		// endregion lesson
	}
}
