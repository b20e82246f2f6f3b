// Lesson 02: Worker Pools.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"fmt"
	"sync"
)

type Job struct{ ID int }

type Result struct {
	JobID int
	Value int
}

func (r Result) String() string { return fmt.Sprintf("job %d: %d", r.JobID, r.Value) }

// processJob squares the job's number; the worker's id is for logs only.
func processJob(id int, job Job) Result {
	_ = id
	return Result{job.ID, job.ID * job.ID}
}

// region pool
func workerPool(jobs <-chan Job, results chan<- Result, numWorkers int) {
	var wg sync.WaitGroup
	for i := 0; i < numWorkers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for job := range jobs {
				results <- processJob(id, job)
			}
		}(i)
	}
	wg.Wait()
	close(results)
}

// endregion pool

func main() {
	var allJobs []Job
	for id := 1; id <= 10; id++ {
		allJobs = append(allJobs, Job{ID: id})
	}
	// region usage
	// Usage
	jobs := make(chan Job, 100)
	results := make(chan Result, 100)

	go workerPool(jobs, results, 5) // 5 workers

	// Send jobs
	for _, j := range allJobs {
		jobs <- j
	}
	close(jobs)

	// Collect results
	for r := range results {
		fmt.Println(r)
	}
	// endregion usage
}
