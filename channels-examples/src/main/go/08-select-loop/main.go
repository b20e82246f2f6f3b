// Lesson 08: Select & Multiplexing, Select in a Loop.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"context"
	"fmt"
	"time"
)

type Job struct{ ID int }

var processed int

func process(job Job) {
	processed++
	fmt.Println("processed job", job.ID)
}

func reportMetrics() {
	fmt.Println("metrics: processed", processed, "jobs")
}

func run(ctx context.Context, jobs <-chan Job, ticker *time.Ticker) {
	// region lesson
	for {
		select {
		case job := <-jobs:
			process(job)
		case <-ticker.C:
			reportMetrics()
		case <-ctx.Done():
			fmt.Println("shutting down")
			return
		}
	}
	// endregion lesson
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)
	defer cancel()
	jobs := make(chan Job)
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	go func() {
		for id := 1; id <= 3; id++ {
			jobs <- Job{ID: id}
			time.Sleep(300 * time.Millisecond)
		}
	}()
	run(ctx, jobs, ticker)
}
