// Lesson 10: Context, Passing Context.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region" markers are the lesson's, verbatim, completed where the lesson
// writes "// ..."; the rest makes them a complete program. Go 1.19 or newer.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

// Pod is what the API server lists: a name and a phase.
type Pod struct {
	Name  string `json:"name"`
	Phase string `json:"phase"`
}

// url is the pods endpoint of the API server that main starts on loopback.
var url string

func process(item string) error {
	if strings.HasPrefix(item, "bad") {
		return errors.New("cannot process " + item)
	}
	return nil
}

// region fetch
// Every function that does I/O should take context as first param
func fetchPods(ctx context.Context, namespace string) ([]Pod, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	// ...
	if err != nil {
		return nil, err
	}
	req.URL.RawQuery = "namespace=" + namespace
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var pods []Pod
	err = json.NewDecoder(resp.Body).Decode(&pods)
	return pods, err
}

// endregion fetch

// region items
// Checking for cancellation in loops
func processItems(ctx context.Context, items []string) error {
	for _, item := range items {
		select {
		case <-ctx.Done():
			return ctx.Err() // "context canceled" or "context deadline exceeded"
		default:
		}
		if err := process(item); err != nil {
			return err
		}
	}
	return nil
}

// endregion items

// serve answers like a tiny Kubernetes API server; the "slow" namespace takes 2 seconds.
func serve() {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	url = "http://" + listener.Addr().String() + "/api/v1/pods"
	go http.Serve(listener, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		namespace := r.URL.Query().Get("namespace")
		if namespace == "slow" {
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `[{"name":"%s-api-1","phase":"Running"},{"name":"%s-db-1","phase":"Pending"}]`, namespace, namespace)
	}))
}

func main() {
	serve()

	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	pods, err := fetchPods(ctx, "default")
	cancel()
	fmt.Println("default:", pods, err)

	ctx, cancel = context.WithTimeout(context.Background(), 100*time.Millisecond)
	pods, err = fetchPods(ctx, "slow")
	cancel()
	fmt.Println("slow:", pods, errors.Is(err, context.DeadlineExceeded), ctx.Err())

	items := []string{"a", "b", "bad-c", "d"}
	fmt.Println("items:", processItems(context.Background(), items))
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	fmt.Println("items after cancel:", processItems(ctx, items))
}
