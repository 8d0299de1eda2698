// Command eg-ratelimit-config prints what Envoy Gateway would give its rate-limit service and
// its rate-limit filters for a set of Gateway API and Envoy Gateway objects: the two outputs
// `egctl x translate` cannot print (docs/conformance.md, "Envoy Gateway's translation").
//
//	eg-ratelimit-config -f RESOURCES.yaml [-envoy-gateway ENVOY_GATEWAY.yaml]
//
// RESOURCES.yaml is egctl's input format. ENVOY_GATEWAY.yaml is an EnvoyGateway configuration
// (the chart's `config.envoyGateway`); its `rateLimit.failClosed` and `rateLimit.timeout` reach
// the xDS translator as they do in the controller (internal/xds/runner/runner.go at v1.9.1).
//
// It runs the steps of Envoy Gateway v1.9.1 and nothing of its own: the Gateway API translator as
// egctl's translateGatewayAPIToIR configures it, translator.BuildRateLimitServiceConfig and
// GetRateLimitServiceConfigStr as the global rate-limit runner calls them
// (internal/globalratelimit/runner/runner.go), and the xDS translator. The output is one JSON
// object: "rateLimitConfigs", the service's YAML per domain (sorted by domain), and "listeners",
// every xDS listener in protobuf JSON.
//
// Its import path lies under github.com/envoyproxy/gateway only because Go lets a package use a
// module's internal packages by import path; scripts/build-eg-ratelimit-config.sh builds it in a
// throwaway module beside the released Envoy Gateway module, which it does not modify.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	resourcev3 "github.com/envoyproxy/go-control-plane/pkg/resource/v3"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	gwapiv1 "sigs.k8s.io/gateway-api/apis/v1"
	"sigs.k8s.io/yaml"

	egv1a1 "github.com/envoyproxy/gateway/api/v1alpha1"
	"github.com/envoyproxy/gateway/internal/gatewayapi"
	"github.com/envoyproxy/gateway/internal/gatewayapi/resource"
	"github.com/envoyproxy/gateway/internal/infrastructure/kubernetes/ratelimit"
	"github.com/envoyproxy/gateway/internal/logging"
	"github.com/envoyproxy/gateway/internal/xds/translator"
)

type output struct {
	RateLimitConfigs []string          `json:"rateLimitConfigs"`
	Listeners        []json.RawMessage `json:"listeners"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "eg-ratelimit-config:", err)
		os.Exit(1)
	}
}

func run() error {
	file := flag.String("f", "", "Gateway API and Envoy Gateway objects, egctl's input format")
	config := flag.String("envoy-gateway", "", "EnvoyGateway configuration (YAML)")
	namespace := flag.String("n", "envoy-gateway-system", "namespace of Envoy Gateway")
	flag.Parse()
	if *file == "" {
		return fmt.Errorf("-f is required")
	}
	input, err := os.ReadFile(*file)
	if err != nil {
		return err
	}
	settings := &translator.GlobalRateLimitSettings{ServiceURL: ratelimit.GetServiceURL(*namespace, "cluster.local")}
	if *config != "" {
		raw, err := os.ReadFile(*config)
		if err != nil {
			return err
		}
		var eg egv1a1.EnvoyGateway
		if err := yaml.UnmarshalStrict(raw, &eg); err != nil {
			return fmt.Errorf("%s: %w", *config, err)
		}
		if eg.RateLimit != nil {
			settings.FailClosed = eg.RateLimit.FailClosed
			if eg.RateLimit.Timeout != nil {
				d, err := time.ParseDuration(string(*eg.RateLimit.Timeout))
				if err != nil {
					return err
				}
				settings.Timeout = d
			}
		}
	}
	resources, err := resource.LoadResourcesFromYAMLBytes(input, false, nil)
	if err != nil {
		return err
	}
	if resources.GatewayClass == nil {
		return fmt.Errorf("the GatewayClass resource is required")
	}
	logger := logging.DefaultLogger(io.Discard, egv1a1.LogLevelInfo)
	gatewayTranslator := &gatewayapi.Translator{
		GatewayControllerName:   string(resources.GatewayClass.Spec.ControllerName),
		GatewayClassName:        gwapiv1.ObjectName(resources.GatewayClass.Name),
		GlobalRateLimitEnabled:  true,
		EndpointRoutingDisabled: true,
		EnvoyPatchPolicyEnabled: true,
		BackendEnabled:          true,
		Logger:                  logger,
	}
	result, _ := gatewayTranslator.Translate(context.Background(), resources)

	keys := make([]string, 0, len(result.XdsIR))
	for key := range result.XdsIR {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	var out output
	domains := map[string]string{}
	for _, key := range keys {
		xdsIR := result.XdsIR[key]
		for _, cfg := range translator.BuildRateLimitServiceConfig(xdsIR.HTTP) {
			text, err := translator.GetRateLimitServiceConfigStr(cfg)
			if err != nil {
				return err
			}
			domains[cfg.Domain] = text
		}
		xdsTranslator := &translator.Translator{GlobalRateLimit: settings, Logger: logger}
		table, err := xdsTranslator.Translate(context.Background(), xdsIR)
		if err != nil {
			return fmt.Errorf("xds translation of %s: %w", key, err)
		}
		for _, listener := range table.XdsResources[resourcev3.ListenerType] {
			message, ok := listener.(proto.Message)
			if !ok {
				return fmt.Errorf("listener of %s is not a protobuf message", key)
			}
			text, err := protojson.Marshal(message)
			if err != nil {
				return err
			}
			out.Listeners = append(out.Listeners, text)
		}
	}
	names := make([]string, 0, len(domains))
	for domain := range domains {
		names = append(names, domain)
	}
	sort.Strings(names)
	for _, domain := range names {
		out.RateLimitConfigs = append(out.RateLimitConfigs, domains[domain])
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}
