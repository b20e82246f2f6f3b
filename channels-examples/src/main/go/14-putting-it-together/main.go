// Lesson 14: Putting It Together.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type Job struct{ ID int }

type Result struct {
	JobID int
	Value int
}

func (r Result) String() string { return fmt.Sprintf("job %d: %d", r.JobID, r.Value) }

func processJob(job Job) Result { return Result{job.ID, job.ID * job.ID} }

// region lesson
func processQueue(ctx context.Context, jobs <-chan Job, workers int, ratePerSec int) <-chan Result {
	results := make(chan Result)
	limiter := time.NewTicker(time.Second / time.Duration(ratePerSec))

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case job, ok := <-jobs:
					if !ok {
						return // jobs channel closed
					}
					<-limiter.C // rate limit
					results <- processJob(job)
				}
			}
		}()
	}

	go func() {
		wg.Wait()
		limiter.Stop()
		close(results)
	}()

	return results
}

// endregion lesson

func main() {
	start := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan Job)
	go func() {
		defer close(jobs)
		for id := 1; id <= 6; id++ {
			jobs <- Job{ID: id}
		}
	}()
	count := 0
	for r := range processQueue(ctx, jobs, 2, 5) {
		fmt.Println(r)
		count++
	}
	fmt.Printf("processed %d jobs in %dms\n", count, time.Since(start).Milliseconds()/100*100)
}
