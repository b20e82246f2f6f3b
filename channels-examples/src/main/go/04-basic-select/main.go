// Lesson 04: Select & Multiplexing, Basic Select.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import "fmt"

func main() {
	ch1 := make(chan string)
	ch2 := make(chan string, 1)
	ch2 <- "ready"

	// region lesson
	select {
	case msg := <-ch1:
		fmt.Println("from ch1:", msg)
	case msg := <-ch2:
		fmt.Println("from ch2:", msg)
	}
	// endregion lesson
}
