// Lesson 03: Why not one goroutine per job?
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lesson makes this point in prose; the region below is the smallest code that shows it.
// Go 1.19 or newer.
//
// "If you have 10,000 HTTP requests, launching 10,000 goroutines will overwhelm the target server.
// A pool of 20 workers is controlled and predictable." The target server runs in a process of
// its own (this program, started again with "serve"), on loopback, and counts the requests it
// handles at once; each takes 5ms.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const requests = 10000

var client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 100}}

// fetch calls the target server once.
func fetch(url string) {
	for {
		resp, err := client.Get(url)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			return
		}
		time.Sleep(10 * time.Millisecond) // refused while the server's queue is full: try again
	}
}

// region lesson
// One goroutine per job: 10,000 requests at once.
func onePerJob(urls []string) {
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			fetch(u)
		}(url)
	}
	wg.Wait()
}

// A pool of 20 workers: at most 20 requests at once.
func pool(urls []string, workers int) {
	jobs := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				fetch(u)
			}
		}()
	}
	for _, url := range urls {
		jobs <- url
	}
	close(jobs)
	wg.Wait()
}

// endregion lesson

// serve is the target server: it reports its peak concurrency at /peak, and resets it.
func serve() {
	var inFlight, peak int64
	http.HandleFunc("/work", func(w http.ResponseWriter, r *http.Request) {
		n := atomic.AddInt64(&inFlight, 1)
		for p := atomic.LoadInt64(&peak); n > p && !atomic.CompareAndSwapInt64(&peak, p, n); p = atomic.LoadInt64(&peak) {
		}
		time.Sleep(5 * time.Millisecond)
		atomic.AddInt64(&inFlight, -1)
	})
	http.HandleFunc("/peak", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, atomic.SwapInt64(&peak, 0))
	})
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println(listener.Addr())
	http.Serve(listener, nil)
}

func peak(base string) string {
	resp, err := client.Get(base + "/peak")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		serve()
		return
	}
	server := exec.Command(os.Args[0], "serve")
	out, _ := server.StdoutPipe()
	server.Start()
	defer server.Process.Kill()
	addr, _ := bufio.NewReader(out).ReadString('\n')
	base := "http://" + strings.TrimSpace(addr)
	urls := make([]string, requests)
	for i := range urls {
		urls[i] = base + "/work"
	}

	onePerJob(urls)
	fmt.Printf("one goroutine per job: %d requests, peak %s at once on the server\n", requests, peak(base))
	pool(urls, 20)
	fmt.Printf("pool of 20 workers: %d requests, peak %s at once on the server\n", requests, peak(base))
}
