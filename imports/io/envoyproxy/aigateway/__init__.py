from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class AiGatewayRoute(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioenvoyproxyaigateway.AiGatewayRoute",
):
    '''AIGatewayRoute combines multiple AIServiceBackends and attaching them to Gateway(s) resources.

    This serves as a way to define a "unified" AI API for a Gateway which allows downstream
    clients to use a single schema API to interact with multiple AI backends.

    Envoy AI Gateway will generate the following k8s resources corresponding to the AIGatewayRoute:

    - HTTPRoute of the Gateway API as a top-level resource to bind all backends.
      The name of the HTTPRoute is the same as the AIGatewayRoute.
    - HTTPRouteFilter of the Envoy Gateway API per namespace for automatic hostname rewrite.
      The name of the HTTPRouteFilter is ``ai-eg-host-rewrite-${AIGatewayRoute.Name}``.

    All of these resources are created in the same namespace as the AIGatewayRoute. Note that this is the implementation
    detail subject to change. If you want to customize the default behavior of the Envoy AI Gateway, you can use these
    resources as a reference and create your own resources. Alternatively, you can use EnvoyPatchPolicy API of the Envoy
    Gateway to patch the generated resources. For example, you can configure the retry fallback behavior by attaching
    BackendTrafficPolicy API of Envoy Gateway to the generated HTTPRoute.

    :schema: AIGatewayRoute
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiGatewayRouteSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "AIGatewayRoute" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Spec defines the details of the AIGatewayRoute.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__466a65abf04a900341b0531f63461a75b71589aa464a4b2d6eb2bce39721b539)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AiGatewayRouteProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiGatewayRouteSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AIGatewayRoute".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Spec defines the details of the AIGatewayRoute.
        '''
        props = AiGatewayRouteProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AIGatewayRoute".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AiGatewayRouteProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiGatewayRouteSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AIGatewayRoute combines multiple AIServiceBackends and attaching them to Gateway(s) resources.

        This serves as a way to define a "unified" AI API for a Gateway which allows downstream
        clients to use a single schema API to interact with multiple AI backends.

        Envoy AI Gateway will generate the following k8s resources corresponding to the AIGatewayRoute:

        - HTTPRoute of the Gateway API as a top-level resource to bind all backends.
          The name of the HTTPRoute is the same as the AIGatewayRoute.
        - HTTPRouteFilter of the Envoy Gateway API per namespace for automatic hostname rewrite.
          The name of the HTTPRouteFilter is ``ai-eg-host-rewrite-${AIGatewayRoute.Name}``.

        All of these resources are created in the same namespace as the AIGatewayRoute. Note that this is the implementation
        detail subject to change. If you want to customize the default behavior of the Envoy AI Gateway, you can use these
        resources as a reference and create your own resources. Alternatively, you can use EnvoyPatchPolicy API of the Envoy
        Gateway to patch the generated resources. For example, you can configure the retry fallback behavior by attaching
        BackendTrafficPolicy API of Envoy Gateway to the generated HTTPRoute.

        :param metadata: 
        :param spec: Spec defines the details of the AIGatewayRoute.

        :schema: AIGatewayRoute
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = AiGatewayRouteSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__969249440253dc822e4c55f9f1b2a1b49df1ab161ea76403196b1697862f5756)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: AIGatewayRoute#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["AiGatewayRouteSpec"]:
        '''Spec defines the details of the AIGatewayRoute.

        :schema: AIGatewayRoute#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["AiGatewayRouteSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpec",
    jsii_struct_bases=[],
    name_mapping={
        "rules": "rules",
        "hostnames": "hostnames",
        "llm_request_costs": "llmRequestCosts",
        "parent_refs": "parentRefs",
    },
)
class AiGatewayRouteSpec:
    def __init__(
        self,
        *,
        rules: typing.Sequence[typing.Union["AiGatewayRouteSpecRules", typing.Dict[builtins.str, typing.Any]]],
        hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
        llm_request_costs: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteSpecLlmRequestCosts", typing.Dict[builtins.str, typing.Any]]]] = None,
        parent_refs: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteSpecParentRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec defines the details of the AIGatewayRoute.

        :param rules: Rules is the list of AIGatewayRouteRule that this AIGatewayRoute will match the traffic to. Each rule is a subset of the HTTPRoute in the Gateway API (https://gateway-api.sigs.k8s.io/api-types/httproute/). AI Gateway controller will generate a HTTPRoute based on the configuration given here with the additional modifications to achieve the necessary jobs, notably inserting the AI Gateway filter responsible for the transformation of the request and response, etc. In the matching conditions in the AIGatewayRouteRule, ``x-ai-eg-model`` header is available if we want to describe the routing behavior based on the model name. The model name is extracted from the request content before the routing decision. How multiple rules are matched is the same as the Gateway API. See for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRoute At most 15 rules are allowed per AIGatewayRoute, corresponding to the Gateway API's limit on HTTPRoute.spec.rules (one slot is reserved for a controller-injected catch-all rule). To configure more rules on the same Gateway, split them across multiple AIGatewayRoute resources.
        :param hostnames: Hostnames is a list of hostnames matched against the HTTP Host header to select an AIGatewayRoute used to process the request. This is equivalent to the Hostnames field in the Gateway API HTTPRouteSpec. When specified, the generated HTTPRoute will include these hostnames for hostname-based filtering. See https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteSpec for the details of the Hostnames field in the Gateway API.
        :param llm_request_costs: LLMRequestCosts specifies how to capture the cost of the LLM-related request, notably the token usage. The AI Gateway filter will capture each specified number and store it in the Envoy's dynamic metadata per HTTP request. The namespaced key is "io.envoy.ai_gateway". These route-level costs override any global defaults defined in GatewayConfig.Spec.GlobalLLMRequestCosts for the same metadataKey. If a metadataKey is not defined in either place, no cost is calculated for it. This allows you to define common cost formulas once at the gateway level (e.g., via GatewayConfig) and only override them in specific routes when needed (e.g., premium routes with different pricing). For example, let's say we have the following LLMRequestCosts configuration:: llmRequestCosts: - metadataKey: llm_input_token type: InputToken - metadataKey: llm_output_token type: OutputToken - metadataKey: llm_total_token type: TotalToken - metadataKey: llm_cached_input_token type: CachedInputToken - metadataKey: llm_cache_creation_input_token type: CacheCreationInputToken Then, with the following BackendTrafficPolicy of Envoy Gateway, you can have three rate limit buckets for each unique x-tenant-id header value. One bucket is for the input token, the other is for the output token, and the last one is for the total token. Each bucket will be reduced by the corresponding token usage captured by the AI Gateway filter:: apiVersion: gateway.envoyproxy.io/v1alpha1 kind: BackendTrafficPolicy metadata: name: some-example-token-rate-limit namespace: default spec: targetRefs: - group: gateway.networking.k8s.io kind: HTTPRoute name: usage-rate-limit rateLimit: type: Global global: rules: - clientSelectors: # Do the rate limiting based on the x-tenant-id header. - headers: - name: x-tenant-id type: Distinct limit: # Configures the number of "tokens" allowed per hour. requests: 10000 unit: Hour cost: request: from: Number # Setting the request cost to zero allows to only check the rate limit budget, # and not consume the budget on the request path. number: 0 # This specifies the cost of the response retrieved from the dynamic metadata set by the AI Gateway filter. # The extracted value will be used to consume the rate limit budget, and subsequent requests will be rate limited # if the budget is exhausted. response: from: Metadata metadata: namespace: io.envoy.ai_gateway key: llm_input_token - clientSelectors: - headers: - name: x-tenant-id type: Distinct limit: requests: 10000 unit: Hour cost: request: from: Number number: 0 response: from: Metadata metadata: namespace: io.envoy.ai_gateway key: llm_output_token - clientSelectors: - headers: - name: x-tenant-id type: Distinct limit: requests: 10000 unit: Hour cost: request: from: Number number: 0 response: from: Metadata metadata: namespace: io.envoy.ai_gateway key: llm_total_token Note that when multiple AIGatewayRoute resources are attached to the same Gateway, and different costs are configured for the same metadata key, each route's rule is carried in the filter configuration with the route identity; the data plane selects the matching rule per request (by route), so each route can define its own cost for the same metadata key.
        :param parent_refs: ParentRefs are the names of the Gateway resources this AIGatewayRoute is being attached to. Currently, each reference's Kind must be Gateway.

        :schema: AiGatewayRouteSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c27854126e0d59a5dde91b23530b1a4e116045de6b0bacd0ad096bcb4df3ab94)
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
            check_type(argname="argument hostnames", value=hostnames, expected_type=type_hints["hostnames"])
            check_type(argname="argument llm_request_costs", value=llm_request_costs, expected_type=type_hints["llm_request_costs"])
            check_type(argname="argument parent_refs", value=parent_refs, expected_type=type_hints["parent_refs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "rules": rules,
        }
        if hostnames is not None:
            self._values["hostnames"] = hostnames
        if llm_request_costs is not None:
            self._values["llm_request_costs"] = llm_request_costs
        if parent_refs is not None:
            self._values["parent_refs"] = parent_refs

    @builtins.property
    def rules(self) -> typing.List["AiGatewayRouteSpecRules"]:
        '''Rules is the list of AIGatewayRouteRule that this AIGatewayRoute will match the traffic to.

        Each rule is a subset of the HTTPRoute in the Gateway API (https://gateway-api.sigs.k8s.io/api-types/httproute/).

        AI Gateway controller will generate a HTTPRoute based on the configuration given here with the additional
        modifications to achieve the necessary jobs, notably inserting the AI Gateway filter responsible for
        the transformation of the request and response, etc.

        In the matching conditions in the AIGatewayRouteRule, ``x-ai-eg-model`` header is available
        if we want to describe the routing behavior based on the model name. The model name is extracted
        from the request content before the routing decision.

        How multiple rules are matched is the same as the Gateway API. See for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRoute

        At most 15 rules are allowed per AIGatewayRoute, corresponding to the Gateway API's limit on
        HTTPRoute.spec.rules (one slot is reserved for a controller-injected catch-all rule). To
        configure more rules on the same Gateway, split them across multiple AIGatewayRoute resources.

        :schema: AiGatewayRouteSpec#rules
        '''
        result = self._values.get("rules")
        assert result is not None, "Required property 'rules' is missing"
        return typing.cast(typing.List["AiGatewayRouteSpecRules"], result)

    @builtins.property
    def hostnames(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Hostnames is a list of hostnames matched against the HTTP Host header to select an AIGatewayRoute used to process the request.

        This is equivalent to the Hostnames field in the Gateway API HTTPRouteSpec.
        When specified, the generated HTTPRoute will include these hostnames for hostname-based filtering.
        See https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteSpec
        for the details of the Hostnames field in the Gateway API.

        :schema: AiGatewayRouteSpec#hostnames
        '''
        result = self._values.get("hostnames")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def llm_request_costs(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteSpecLlmRequestCosts"]]:
        '''LLMRequestCosts specifies how to capture the cost of the LLM-related request, notably the token usage.

        The AI Gateway filter will capture each specified number and store it in the Envoy's dynamic
        metadata per HTTP request. The namespaced key is "io.envoy.ai_gateway".

        These route-level costs override any global defaults defined in GatewayConfig.Spec.GlobalLLMRequestCosts
        for the same metadataKey. If a metadataKey is not defined in either place, no cost is calculated for it.

        This allows you to define common cost formulas once at the gateway level (e.g., via GatewayConfig)
        and only override them in specific routes when needed (e.g., premium routes with different pricing).

        For example, let's say we have the following LLMRequestCosts configuration::

           llmRequestCosts:
           - metadataKey: llm_input_token
           type: InputToken
           - metadataKey: llm_output_token
           type: OutputToken
           - metadataKey: llm_total_token
           type: TotalToken
           - metadataKey: llm_cached_input_token
           type: CachedInputToken
           - metadataKey: llm_cache_creation_input_token
           type: CacheCreationInputToken

        Then, with the following BackendTrafficPolicy of Envoy Gateway, you can have three
        rate limit buckets for each unique x-tenant-id header value. One bucket is for the input token,
        the other is for the output token, and the last one is for the total token.
        Each bucket will be reduced by the corresponding token usage captured by the AI Gateway filter::

           apiVersion: gateway.envoyproxy.io/v1alpha1
           kind: BackendTrafficPolicy
           metadata:
           name: some-example-token-rate-limit
           namespace: default
           spec:
           targetRefs:
           - group: gateway.networking.k8s.io
           kind: HTTPRoute
           name: usage-rate-limit
           rateLimit:
           type: Global
           global:
           rules:
           - clientSelectors:
           # Do the rate limiting based on the x-tenant-id header.
           - headers:
           - name: x-tenant-id
           type: Distinct
           limit:
           # Configures the number of "tokens" allowed per hour.
           requests: 10000
           unit: Hour
           cost:
           request:
           from: Number
           # Setting the request cost to zero allows to only check the rate limit budget,
           # and not consume the budget on the request path.
           number: 0
           # This specifies the cost of the response retrieved from the dynamic metadata set by the AI Gateway filter.
           # The extracted value will be used to consume the rate limit budget, and subsequent requests will be rate limited
           # if the budget is exhausted.
           response:
           from: Metadata
           metadata:
           namespace: io.envoy.ai_gateway
           key: llm_input_token
           - clientSelectors:
           - headers:
           - name: x-tenant-id
           type: Distinct
           limit:
           requests: 10000
           unit: Hour
           cost:
           request:
           from: Number
           number: 0
           response:
           from: Metadata
           metadata:
           namespace: io.envoy.ai_gateway
           key: llm_output_token
           - clientSelectors:
           - headers:
           - name: x-tenant-id
           type: Distinct
           limit:
           requests: 10000
           unit: Hour
           cost:
           request:
           from: Number
           number: 0
           response:
           from: Metadata
           metadata:
           namespace: io.envoy.ai_gateway
           key: llm_total_token

        Note that when multiple AIGatewayRoute resources are attached to the same Gateway, and
        different costs are configured for the same metadata key, each route's rule is carried in
        the filter configuration with the route identity; the data plane selects the matching rule
        per request (by route), so each route can define its own cost for the same metadata key.

        :schema: AiGatewayRouteSpec#llmRequestCosts
        '''
        result = self._values.get("llm_request_costs")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteSpecLlmRequestCosts"]], result)

    @builtins.property
    def parent_refs(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteSpecParentRefs"]]:
        '''ParentRefs are the names of the Gateway resources this AIGatewayRoute is being attached to.

        Currently, each reference's Kind must be Gateway.

        :schema: AiGatewayRouteSpec#parentRefs
        '''
        result = self._values.get("parent_refs")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteSpecParentRefs"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecLlmRequestCosts",
    jsii_struct_bases=[],
    name_mapping={"metadata_key": "metadataKey", "type": "type", "cel": "cel"},
)
class AiGatewayRouteSpecLlmRequestCosts:
    def __init__(
        self,
        *,
        metadata_key: builtins.str,
        type: "AiGatewayRouteSpecLlmRequestCostsType",
        cel: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LLMRequestCost configures each request cost.

        :param metadata_key: MetadataKey is the key of the metadata to store this cost of the request.
        :param type: Type specifies the type of the request cost. The default is "OutputToken", and it uses "output token" as the cost. The other types are "InputToken", "TotalToken", "CachedInputToken", "CacheCreationInputToken", "ReasoningToken", and "CEL".
        :param cel: CEL is the CEL expression to calculate the cost of the request. The CEL expression must return a signed or unsigned integer. If the return value is negative, it will be error. The expression can use the following variables: - model: the model name extracted from the request content. Type: string. - backend: the backend name in the form of "name.namespace". Type: string. - input_tokens: the number of input tokens. Type: unsigned integer. - cached_input_tokens: the number of cached read input tokens. Type: unsigned integer. - cache_creation_input_tokens: the number of cache creation input tokens. Type: unsigned integer. - output_tokens: the number of output tokens. Type: unsigned integer. - total_tokens: the total number of tokens. Type: unsigned integer. - reasoning_tokens: the number of reasoning tokens. Type: unsigned integer. For example, the following expressions are valid: - "model == 'llama' ? input_tokens + output_token * 0.5 : total_tokens" - "backend == 'foo.default' ? input_tokens + output_tokens : total_tokens" - "backend == 'bar.default' ? (input_tokens - cached_input_tokens) + cached_input_tokens * 0.1 + cache_creation_input_tokens * 1.25 + output_tokens : total_tokens" - "input_tokens + output_tokens + total_tokens" - "input_tokens * output_tokens"

        :schema: AiGatewayRouteSpecLlmRequestCosts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c54f2cc12ae7e025450d2147fe926101f29aa41d4bf40ea19e0457625d49ae57)
            check_type(argname="argument metadata_key", value=metadata_key, expected_type=type_hints["metadata_key"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata_key": metadata_key,
            "type": type,
        }
        if cel is not None:
            self._values["cel"] = cel

    @builtins.property
    def metadata_key(self) -> builtins.str:
        '''MetadataKey is the key of the metadata to store this cost of the request.

        :schema: AiGatewayRouteSpecLlmRequestCosts#metadataKey
        '''
        result = self._values.get("metadata_key")
        assert result is not None, "Required property 'metadata_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "AiGatewayRouteSpecLlmRequestCostsType":
        '''Type specifies the type of the request cost.

        The default is "OutputToken",
        and it uses "output token" as the cost. The other types are "InputToken", "TotalToken",
        "CachedInputToken", "CacheCreationInputToken", "ReasoningToken", and "CEL".

        :schema: AiGatewayRouteSpecLlmRequestCosts#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("AiGatewayRouteSpecLlmRequestCostsType", result)

    @builtins.property
    def cel(self) -> typing.Optional[builtins.str]:
        '''CEL is the CEL expression to calculate the cost of the request.

        The CEL expression must return a signed or unsigned integer. If the
        return value is negative, it will be error.

        The expression can use the following variables:

        - model: the model name extracted from the request content. Type: string.
        - backend: the backend name in the form of "name.namespace". Type: string.
        - input_tokens: the number of input tokens. Type: unsigned integer.
        - cached_input_tokens: the number of cached read input tokens. Type: unsigned integer.
        - cache_creation_input_tokens: the number of cache creation input tokens. Type: unsigned integer.
        - output_tokens: the number of output tokens. Type: unsigned integer.
        - total_tokens: the total number of tokens. Type: unsigned integer.
        - reasoning_tokens: the number of reasoning tokens. Type: unsigned integer.

        For example, the following expressions are valid:

        - "model == 'llama' ?  input_tokens + output_token * 0.5 : total_tokens"
        - "backend == 'foo.default' ?  input_tokens + output_tokens : total_tokens"
        - "backend == 'bar.default' ?  (input_tokens - cached_input_tokens) + cached_input_tokens * 0.1 + cache_creation_input_tokens * 1.25 + output_tokens : total_tokens"
        - "input_tokens + output_tokens + total_tokens"
        - "input_tokens * output_tokens"

        :schema: AiGatewayRouteSpecLlmRequestCosts#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecLlmRequestCosts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecLlmRequestCostsType")
class AiGatewayRouteSpecLlmRequestCostsType(enum.Enum):
    '''Type specifies the type of the request cost.

    The default is "OutputToken",
    and it uses "output token" as the cost. The other types are "InputToken", "TotalToken",
    "CachedInputToken", "CacheCreationInputToken", "ReasoningToken", and "CEL".

    :schema: AiGatewayRouteSpecLlmRequestCostsType
    '''

    OUTPUT_TOKEN = "OUTPUT_TOKEN"
    '''OutputToken.'''
    INPUT_TOKEN = "INPUT_TOKEN"
    '''InputToken.'''
    CACHED_INPUT_TOKEN = "CACHED_INPUT_TOKEN"
    '''CachedInputToken.'''
    CACHE_CREATION_INPUT_TOKEN = "CACHE_CREATION_INPUT_TOKEN"
    '''CacheCreationInputToken.'''
    TOTAL_TOKEN = "TOTAL_TOKEN"
    '''TotalToken.'''
    REASONING_TOKEN = "REASONING_TOKEN"
    '''ReasoningToken.'''
    CEL = "CEL"
    '''CEL.'''


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecParentRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "section_name": "sectionName",
    },
)
class AiGatewayRouteSpecParentRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ParentReference identifies an API object (usually a Gateway) that can be considered a parent of this resource (usually a route).

        There are two kinds of parent resources
        with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        This API may be extended in the future to support additional kinds of parent
        resources.

        The API object must be valid in the cluster; the Group and Kind must
        be registered in the cluster for this reference to be valid.

        :param name: Name is the name of the referent. Support: Core
        :param group: Group is the group of the referent. When unspecified, "gateway.networking.k8s.io" is inferred. To set the core API group (such as for a "Service" kind referent), Group must be explicitly set to "" (empty string). Support: Core
        :param kind: Kind is kind of the referent. There are two kinds of parent resources with "Core" support: - Gateway (Gateway conformance profile) - Service (Mesh conformance profile, ClusterIP Services only) Support for other resources is Implementation-Specific.
        :param namespace: Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route. Note that there are specific rules for ParentRefs which cross namespace boundaries. Cross-namespace references are only valid if they are explicitly allowed by something in the namespace they are referring to. For example: Gateway has the AllowedRoutes field, and ReferenceGrant provides a generic way to enable any other kind of cross-namespace reference. `gateway:experimental:description <gateway:experimental:description>`_ ParentRefs from a Route to a Service in the same namespace are "producer" routes, which apply default routing rules to inbound connections from any namespace to the Service. ParentRefs from a Route to a Service in a different namespace are "consumer" routes, and these routing rules are only applied to outbound connections originating from the same namespace as the Route, for which the intended destination of the connections are a Service targeted as a ParentRef of the Route. </gateway:experimental:description> Support: Core
        :param port: Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource. When the parent resource is a Gateway, this targets all listeners listening on the specified port that also support this kind of Route(and select this Route). It's not recommended to set ``Port`` unless the networking behaviors specified in a Route must apply to a specific port as opposed to a listener(s) whose port(s) may be changed. When both Port and SectionName are specified, the name and port of the selected listener must match both specified values. `gateway:experimental:description <gateway:experimental:description>`_ When the parent resource is a Service, this targets a specific port in the Service spec. When both Port (experimental) and SectionName are specified, the name and port of the selected port must match both specified values. </gateway:experimental:description> Implementations MAY choose to support other parent resources. Implementations supporting other types of parent resources MUST clearly document how/if Port is interpreted. For the purpose of status, an attachment is considered successful as long as the parent resource accepts it partially. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Extended
        :param section_name: SectionName is the name of a section within the target resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. - Service: Port name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. Implementations MAY choose to support attaching Routes to other resources. If that is the case, they MUST clearly document how SectionName is interpreted. When unspecified (empty string), this will reference the entire resource. For the purpose of status, an attachment is considered successful if at least one section in the parent resource accepts it. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Core

        :schema: AiGatewayRouteSpecParentRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__132257401f697b27f0799b6f35a4bc442908df8cc26494132f716badfa601541)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        Support: Core

        :schema: AiGatewayRouteSpecParentRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        When unspecified, "gateway.networking.k8s.io" is inferred.
        To set the core API group (such as for a "Service" kind referent),
        Group must be explicitly set to "" (empty string).

        Support: Core

        :schema: AiGatewayRouteSpecParentRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is kind of the referent.

        There are two kinds of parent resources with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        Support for other resources is Implementation-Specific.

        :schema: AiGatewayRouteSpecParentRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route.

        Note that there are specific rules for ParentRefs which cross namespace
        boundaries. Cross-namespace references are only valid if they are explicitly
        allowed by something in the namespace they are referring to. For example:
        Gateway has the AllowedRoutes field, and ReferenceGrant provides a
        generic way to enable any other kind of cross-namespace reference.

        `gateway:experimental:description <gateway:experimental:description>`_
        ParentRefs from a Route to a Service in the same namespace are "producer"
        routes, which apply default routing rules to inbound connections from
        any namespace to the Service.

        ParentRefs from a Route to a Service in a different namespace are
        "consumer" routes, and these routing rules are only applied to outbound
        connections originating from the same namespace as the Route, for which
        the intended destination of the connections are a Service targeted as a
        ParentRef of the Route.
        </gateway:experimental:description>

        Support: Core

        :schema: AiGatewayRouteSpecParentRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource.

        When the parent resource is a Gateway, this targets all listeners
        listening on the specified port that also support this kind of Route(and
        select this Route). It's not recommended to set ``Port`` unless the
        networking behaviors specified in a Route must apply to a specific port
        as opposed to a listener(s) whose port(s) may be changed. When both Port
        and SectionName are specified, the name and port of the selected listener
        must match both specified values.

        `gateway:experimental:description <gateway:experimental:description>`_
        When the parent resource is a Service, this targets a specific port in the
        Service spec. When both Port (experimental) and SectionName are specified,
        the name and port of the selected port must match both specified values.
        </gateway:experimental:description>

        Implementations MAY choose to support other parent resources.
        Implementations supporting other types of parent resources MUST clearly
        document how/if Port is interpreted.

        For the purpose of status, an attachment is considered successful as
        long as the parent resource accepts it partially. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
        from the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route,
        the Route MUST be considered detached from the Gateway.

        Support: Extended

        :schema: AiGatewayRouteSpecParentRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        In the
        following resources, SectionName is interpreted as the following:

        - Gateway: Listener name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.
        - Service: Port name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.

        Implementations MAY choose to support attaching Routes to other resources.
        If that is the case, they MUST clearly document how SectionName is
        interpreted.

        When unspecified (empty string), this will reference the entire resource.
        For the purpose of status, an attachment is considered successful if at
        least one section in the parent resource accepts it. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
        the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route, the
        Route MUST be considered detached from the Gateway.

        Support: Core

        :schema: AiGatewayRouteSpecParentRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecParentRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRules",
    jsii_struct_bases=[],
    name_mapping={
        "backend_refs": "backendRefs",
        "matches": "matches",
        "models_created_at": "modelsCreatedAt",
        "models_owned_by": "modelsOwnedBy",
        "name": "name",
        "stream_idle_timeout": "streamIdleTimeout",
        "timeouts": "timeouts",
    },
)
class AiGatewayRouteSpecRules:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteSpecRulesBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        matches: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteSpecRulesMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        models_created_at: typing.Optional[datetime.datetime] = None,
        models_owned_by: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        stream_idle_timeout: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["AiGatewayRouteSpecRulesTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AIGatewayRouteRule is a rule that defines the routing behavior of the AIGatewayRoute.

        :param backend_refs: BackendRefs is the list of backends that this rule will route the traffic to. Each backend can have a weight that determines the traffic distribution. The namespace of each backend defaults to the same namespace as the AIGatewayRoute when not specified. Cross-namespace references are supported by specifying the namespace field. When a namespace different than the AIGatewayRoute's namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. BackendRefs can reference either AIServiceBackend resources (default) or InferencePool resources from the Gateway API Inference Extension. When referencing InferencePool resources: - Only one InferencePool backend is allowed per rule - Cannot mix InferencePool with AIServiceBackend references in the same rule - Fallback behavior is handled by the InferencePool's endpoint picker For AIServiceBackend references, you can achieve fallback behavior by configuring multiple backends combined with the BackendTrafficPolicy of Envoy Gateway. Please refer to https://gateway.envoyproxy.io/docs/tasks/traffic/failover/ as well as https://gateway.envoyproxy.io/docs/tasks/traffic/retry/.
        :param matches: Matches is the list of AIGatewayRouteMatch that this rule will match the traffic to. This is a subset of the HTTPRouteMatch in the Gateway API. See for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteMatch
        :param models_created_at: ModelsCreatedAt represents the creation timestamp of the running models serving by the backends, which will be exported as the field of "Created" in openai-compatible API "/models". It follows the format of RFC 3339, for example "2024-05-21T10:00:00Z". This is used only when this rule contains "x-ai-eg-model" in its header matching where the header value will be recognized as a "model" in "/models" endpoint. All the matched models will share the same creation time. Default to the creation timestamp of the AIGatewayRoute if not set. Default: the creation timestamp of the AIGatewayRoute if not set.
        :param models_owned_by: ModelsOwnedBy represents the owner of the running models serving by the backends, which will be exported as the field of "OwnedBy" in openai-compatible API "/models". This is used only when this rule contains "x-ai-eg-model" in its header matching where the header value will be recognized as a "model" in "/models" endpoint. All the matched models will share the same owner. Default to "Envoy AI Gateway" if not set. Default: Envoy AI Gateway" if not set.
        :param name: Name is the name of the route rule. This name must be unique within the route. When specified, it is copied to the generated HTTPRoute rule name.
        :param stream_idle_timeout: StreamIdleTimeout is the maximum time Envoy will wait without receiving any bytes from the upstream. If the timer fires before the first response byte arrives, Envoy resets the upstream stream and a retry policy can fall over to the next backend. If it fires mid-stream after bytes have already arrived, the stream is cut and the client receives a 504. The AI Gateway extension server sets route.retry_policy.per_try_idle_timeout to this value on every xDS route generated from this rule before it is sent to the data plane. Pair this field with Timeouts.Request, which acts as the overall deadline. If this field is not set, no per-try idle timeout is applied.
        :param timeouts: Timeouts defines the timeouts that can be configured for an HTTP request. If this field is not set, or the timeout.requestTimeout is nil, Envoy AI Gateway defaults to set 60s for the request timeout as opposed to 15s of the Envoy Gateway's default value. For streaming responses (like chat completions with stream=true), consider setting longer timeouts as the response may take time until the completion. Timeouts.Request acts as the maximum total time the gateway will wait for the entire response, including all streamed chunks.

        :schema: AiGatewayRouteSpecRules
        '''
        if isinstance(timeouts, dict):
            timeouts = AiGatewayRouteSpecRulesTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__841bdc63ea2980901b030838ddd46df68e2445c5d2f308a17960e0c653620176)
            check_type(argname="argument backend_refs", value=backend_refs, expected_type=type_hints["backend_refs"])
            check_type(argname="argument matches", value=matches, expected_type=type_hints["matches"])
            check_type(argname="argument models_created_at", value=models_created_at, expected_type=type_hints["models_created_at"])
            check_type(argname="argument models_owned_by", value=models_owned_by, expected_type=type_hints["models_owned_by"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument stream_idle_timeout", value=stream_idle_timeout, expected_type=type_hints["stream_idle_timeout"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_refs is not None:
            self._values["backend_refs"] = backend_refs
        if matches is not None:
            self._values["matches"] = matches
        if models_created_at is not None:
            self._values["models_created_at"] = models_created_at
        if models_owned_by is not None:
            self._values["models_owned_by"] = models_owned_by
        if name is not None:
            self._values["name"] = name
        if stream_idle_timeout is not None:
            self._values["stream_idle_timeout"] = stream_idle_timeout
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def backend_refs(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteSpecRulesBackendRefs"]]:
        '''BackendRefs is the list of backends that this rule will route the traffic to.

        Each backend can have a weight that determines the traffic distribution.

        The namespace of each backend defaults to the same namespace as the AIGatewayRoute when not specified.
        Cross-namespace references are supported by specifying the namespace field.
        When a namespace different than the AIGatewayRoute's namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference.

        BackendRefs can reference either AIServiceBackend resources (default) or InferencePool resources
        from the Gateway API Inference Extension. When referencing InferencePool resources:

        - Only one InferencePool backend is allowed per rule
        - Cannot mix InferencePool with AIServiceBackend references in the same rule
        - Fallback behavior is handled by the InferencePool's endpoint picker

        For AIServiceBackend references, you can achieve fallback behavior by configuring multiple backends
        combined with the BackendTrafficPolicy of Envoy Gateway.
        Please refer to https://gateway.envoyproxy.io/docs/tasks/traffic/failover/ as well as
        https://gateway.envoyproxy.io/docs/tasks/traffic/retry/.

        :schema: AiGatewayRouteSpecRules#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteSpecRulesBackendRefs"]], result)

    @builtins.property
    def matches(self) -> typing.Optional[typing.List["AiGatewayRouteSpecRulesMatches"]]:
        '''Matches is the list of AIGatewayRouteMatch that this rule will match the traffic to.

        This is a subset of the HTTPRouteMatch in the Gateway API. See for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteMatch

        :schema: AiGatewayRouteSpecRules#matches
        '''
        result = self._values.get("matches")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteSpecRulesMatches"]], result)

    @builtins.property
    def models_created_at(self) -> typing.Optional[datetime.datetime]:
        '''ModelsCreatedAt represents the creation timestamp of the running models serving by the backends, which will be exported as the field of "Created" in openai-compatible API "/models".

        It follows the format of RFC 3339, for example "2024-05-21T10:00:00Z".

        This is used only when this rule contains "x-ai-eg-model" in its header matching
        where the header value will be recognized as a "model" in "/models" endpoint.
        All the matched models will share the same creation time.

        Default to the creation timestamp of the AIGatewayRoute if not set.

        :default: the creation timestamp of the AIGatewayRoute if not set.

        :schema: AiGatewayRouteSpecRules#modelsCreatedAt
        '''
        result = self._values.get("models_created_at")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def models_owned_by(self) -> typing.Optional[builtins.str]:
        '''ModelsOwnedBy represents the owner of the running models serving by the backends, which will be exported as the field of "OwnedBy" in openai-compatible API "/models".

        This is used only when this rule contains "x-ai-eg-model" in its header matching
        where the header value will be recognized as a "model" in "/models" endpoint.
        All the matched models will share the same owner.

        Default to "Envoy AI Gateway" if not set.

        :default: Envoy AI Gateway" if not set.

        :schema: AiGatewayRouteSpecRules#modelsOwnedBy
        '''
        result = self._values.get("models_owned_by")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the route rule.

        This name must be unique within the route.
        When specified, it is copied to the generated HTTPRoute rule name.

        :schema: AiGatewayRouteSpecRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stream_idle_timeout(self) -> typing.Optional[builtins.str]:
        '''StreamIdleTimeout is the maximum time Envoy will wait without receiving any bytes from the upstream.

        If the timer fires before the first response byte arrives, Envoy resets the upstream stream and a
        retry policy can fall over to the next backend. If it fires mid-stream after
        bytes have already arrived, the stream is cut and the client receives a 504.

        The AI Gateway extension server sets route.retry_policy.per_try_idle_timeout to this value on
        every xDS route generated from this rule before it is sent to the data plane.

        Pair this field with Timeouts.Request, which acts as the overall deadline.

        If this field is not set, no per-try idle timeout is applied.

        :schema: AiGatewayRouteSpecRules#streamIdleTimeout
        '''
        result = self._values.get("stream_idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["AiGatewayRouteSpecRulesTimeouts"]:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        If this field is not set, or the timeout.requestTimeout is nil, Envoy AI Gateway defaults to
        set 60s for the request timeout as opposed to 15s of the Envoy Gateway's default value.

        For streaming responses (like chat completions with stream=true), consider setting
        longer timeouts as the response may take time until the completion. Timeouts.Request
        acts as the maximum total time the gateway will wait for the entire response,
        including all streamed chunks.

        :schema: AiGatewayRouteSpecRules#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["AiGatewayRouteSpecRulesTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesBackendRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "body_mutation": "bodyMutation",
        "group": "group",
        "header_mutation": "headerMutation",
        "kind": "kind",
        "model_name_override": "modelNameOverride",
        "namespace": "namespace",
        "priority": "priority",
        "weight": "weight",
    },
)
class AiGatewayRouteSpecRulesBackendRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        body_mutation: typing.Optional[typing.Union["AiGatewayRouteSpecRulesBackendRefsBodyMutation", typing.Dict[builtins.str, typing.Any]]] = None,
        group: typing.Optional[builtins.str] = None,
        header_mutation: typing.Optional[typing.Union["AiGatewayRouteSpecRulesBackendRefsHeaderMutation", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional[builtins.str] = None,
        model_name_override: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''AIGatewayRouteRuleBackendRef is a reference to a backend with a weight.

        It can reference either an AIServiceBackend or an InferencePool resource.

        :param name: Name is the name of the backend resource. When Group and Kind are not specified, this refers to an AIServiceBackend. When Group and Kind are specified, this refers to the resource of the specified type.
        :param body_mutation: BodyMutation defines the request body mutation to be applied to this backend. This allows modification of JSON fields in the request body before sending to the backend. When both route-level and backend-level BodyMutation are defined, route-level takes precedence over backend-level for conflicting operations. This field is ignored when referencing InferencePool resources.
        :param group: Group is the group of the backend resource. When not specified, defaults to aigateway.envoyproxy.io (AIServiceBackend). Currently, only "inference.networking.k8s.io" is supported for InferencePool resources.
        :param header_mutation: HeaderMutation defines the request header mutation to be applied to this backend. When both route-level and backend-level HeaderMutation are defined, route-level takes precedence over backend-level for conflicting operations. This field is ignored when referencing InferencePool resources.
        :param kind: Kind is the kind of the backend resource. When not specified, defaults to AIServiceBackend. Currently, only "InferencePool" is supported when Group is specified.
        :param model_name_override: Name of the model in the backend. If provided this will override the name provided in the request. This field is ignored when referencing InferencePool resources.
        :param namespace: Namespace is the namespace of the backend resource. When unspecified (or empty string), this refers to the local namespace of the AIGatewayRoute. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
        :param priority: Priority is the priority of the backend. This sets the priority on the underlying endpoints. See: https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/load_balancing/priority Note: This will override the ``faillback`` property of the underlying Envoy Gateway Backend This field is ignored when referencing InferencePool resources. Default is 0. Default: 0.
        :param weight: Weight is the weight of the backend. This is exactly the same as the weight in the BackendRef in the Gateway API. See for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.BackendRef Default is 1. Default: 1.

        :schema: AiGatewayRouteSpecRulesBackendRefs
        '''
        if isinstance(body_mutation, dict):
            body_mutation = AiGatewayRouteSpecRulesBackendRefsBodyMutation(**body_mutation)
        if isinstance(header_mutation, dict):
            header_mutation = AiGatewayRouteSpecRulesBackendRefsHeaderMutation(**header_mutation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7bbf9806f98afac2fd3465c883e3f79a1bf4327490b1e79978e3f5e0c7ce75aa)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument body_mutation", value=body_mutation, expected_type=type_hints["body_mutation"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument header_mutation", value=header_mutation, expected_type=type_hints["header_mutation"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument model_name_override", value=model_name_override, expected_type=type_hints["model_name_override"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if body_mutation is not None:
            self._values["body_mutation"] = body_mutation
        if group is not None:
            self._values["group"] = group
        if header_mutation is not None:
            self._values["header_mutation"] = header_mutation
        if kind is not None:
            self._values["kind"] = kind
        if model_name_override is not None:
            self._values["model_name_override"] = model_name_override
        if namespace is not None:
            self._values["namespace"] = namespace
        if priority is not None:
            self._values["priority"] = priority
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the backend resource.

        When Group and Kind are not specified, this refers to an AIServiceBackend.
        When Group and Kind are specified, this refers to the resource of the specified type.

        :schema: AiGatewayRouteSpecRulesBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def body_mutation(
        self,
    ) -> typing.Optional["AiGatewayRouteSpecRulesBackendRefsBodyMutation"]:
        '''BodyMutation defines the request body mutation to be applied to this backend.

        This allows modification of JSON fields in the request body before sending to the backend.
        When both route-level and backend-level BodyMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :schema: AiGatewayRouteSpecRulesBackendRefs#bodyMutation
        '''
        result = self._values.get("body_mutation")
        return typing.cast(typing.Optional["AiGatewayRouteSpecRulesBackendRefsBodyMutation"], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the backend resource.

        When not specified, defaults to aigateway.envoyproxy.io (AIServiceBackend).
        Currently, only "inference.networking.k8s.io" is supported for InferencePool resources.

        :schema: AiGatewayRouteSpecRulesBackendRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def header_mutation(
        self,
    ) -> typing.Optional["AiGatewayRouteSpecRulesBackendRefsHeaderMutation"]:
        '''HeaderMutation defines the request header mutation to be applied to this backend.

        When both route-level and backend-level HeaderMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :schema: AiGatewayRouteSpecRulesBackendRefs#headerMutation
        '''
        result = self._values.get("header_mutation")
        return typing.cast(typing.Optional["AiGatewayRouteSpecRulesBackendRefsHeaderMutation"], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the kind of the backend resource.

        When not specified, defaults to AIServiceBackend.
        Currently, only "InferencePool" is supported when Group is specified.

        :schema: AiGatewayRouteSpecRulesBackendRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def model_name_override(self) -> typing.Optional[builtins.str]:
        '''Name of the model in the backend.

        If provided this will override the name provided in the request.
        This field is ignored when referencing InferencePool resources.

        :schema: AiGatewayRouteSpecRulesBackendRefs#modelNameOverride
        '''
        result = self._values.get("model_name_override")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend resource.

        When unspecified (or empty string), this refers to the local namespace of the AIGatewayRoute.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        :schema: AiGatewayRouteSpecRulesBackendRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Priority is the priority of the backend.

        This sets the priority on the underlying endpoints.
        See: https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/load_balancing/priority
        Note: This will override the ``faillback`` property of the underlying Envoy Gateway Backend
        This field is ignored when referencing InferencePool resources.

        Default is 0.

        :default: 0.

        :schema: AiGatewayRouteSpecRulesBackendRefs#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight is the weight of the backend.

        This is exactly the same as the weight in
        the BackendRef in the Gateway API. See for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.BackendRef

        Default is 1.

        :default: 1.

        :schema: AiGatewayRouteSpecRulesBackendRefs#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesBackendRefsBodyMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiGatewayRouteSpecRulesBackendRefsBodyMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteSpecRulesBackendRefsBodyMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BodyMutation defines the request body mutation to be applied to this backend.

        This allows modification of JSON fields in the request body before sending to the backend.
        When both route-level and backend-level BodyMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :param remove: Remove the given JSON field(s) from the HTTP request body before sending to the backend. The value of Remove is a list of top-level field names to remove. Input: { "model": "gpt-4", "service_tier": "default", "internal_flag": true } Config: remove: ["service_tier", "internal_flag"] Output: { "model": "gpt-4" }
        :param set: Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend. Only top-level fields are currently supported. Input: { "model": "gpt-4", "service_tier": "default" } Config: set: - path: "service_tier" value: "scale" Output: { "model": "gpt-4", "service_tier": "scale" }

        :schema: AiGatewayRouteSpecRulesBackendRefsBodyMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__406e25f5e543a37ecd2773526019216e6bd5437d95bfb3e9de836874e2a6fcef)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given JSON field(s) from the HTTP request body before sending to the backend.

        The value of Remove is a list of top-level field names to remove.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default",
        "internal_flag": true
        }

        Config:
        remove: ["service_tier", "internal_flag"]

        Output:
        {
        "model": "gpt-4"
        }

        :schema: AiGatewayRouteSpecRulesBackendRefsBodyMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteSpecRulesBackendRefsBodyMutationSet"]]:
        '''Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend.

        Only top-level fields are currently supported.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default"
        }

        Config:
        set:

        - path: "service_tier"
          value: "scale"

        Output:
        {
        "model": "gpt-4",
        "service_tier": "scale"
        }

        :schema: AiGatewayRouteSpecRulesBackendRefsBodyMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteSpecRulesBackendRefsBodyMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesBackendRefsBodyMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesBackendRefsBodyMutationSet",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "value": "value"},
)
class AiGatewayRouteSpecRulesBackendRefsBodyMutationSet:
    def __init__(self, *, path: builtins.str, value: builtins.str) -> None:
        '''HTTPBodyField represents a JSON field name and value for body mutation.

        :param path: Path is the top-level field name to set in the request body. Examples: "service_tier", "max_tokens", "temperature"
        :param value: Value is the JSON value to set at the specified field. This can be any valid JSON value: string, number, boolean, object, array, or null. The value will be parsed as JSON and inserted at the specified field. Examples: - ""scale"" (string) - "42" (number) - "true" (boolean) - "{"key": "value"}" (object) - "[1, 2, 3]" (array) - "null" (null)

        :schema: AiGatewayRouteSpecRulesBackendRefsBodyMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af8b4278df659cc4aa351692c6e2e511198217923fc70a6793ada614c32b8127)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "value": value,
        }

    @builtins.property
    def path(self) -> builtins.str:
        '''Path is the top-level field name to set in the request body.

        Examples: "service_tier", "max_tokens", "temperature"

        :schema: AiGatewayRouteSpecRulesBackendRefsBodyMutationSet#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the JSON value to set at the specified field.

        This can be any valid JSON value:
        string, number, boolean, object, array, or null.
        The value will be parsed as JSON and inserted at the specified field.

        Examples:

        - ""scale"" (string)
        - "42" (number)
        - "true" (boolean)
        - "{"key": "value"}" (object)
        - "[1, 2, 3]" (array)
        - "null" (null)

        :schema: AiGatewayRouteSpecRulesBackendRefsBodyMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesBackendRefsBodyMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesBackendRefsHeaderMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiGatewayRouteSpecRulesBackendRefsHeaderMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''HeaderMutation defines the request header mutation to be applied to this backend.

        When both route-level and backend-level HeaderMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites/adds the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: AiGatewayRouteSpecRulesBackendRefsHeaderMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1e2fd99acbed28ab4bc602f647044ce50c20be04a360deba543c494b74f11f2)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: AiGatewayRouteSpecRulesBackendRefsHeaderMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet"]]:
        '''Set overwrites/adds the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: AiGatewayRouteSpecRulesBackendRefsHeaderMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesBackendRefsHeaderMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched. `gateway:experimental:description <gateway:experimental:description>`_ Must consist of printable US-ASCII characters, optionally separated by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2 </gateway:experimental:description> <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__338f2383f8b955d0d633d2966ca1361b735aedbdbfa4bd217d9e3fe2d7641e64)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        `gateway:experimental:description <gateway:experimental:description>`_
        Must consist of printable US-ASCII characters, optionally separated
        by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
        </gateway:experimental:description>

        <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesMatches",
    jsii_struct_bases=[],
    name_mapping={"headers": "headers"},
)
class AiGatewayRouteSpecRulesMatches:
    def __init__(
        self,
        *,
        headers: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteSpecRulesMatchesHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param headers: Headers specifies HTTP request header matchers. See HeaderMatch in the Gateway API for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPHeaderMatch

        :schema: AiGatewayRouteSpecRulesMatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b08556121293a35cc058dc7f1e46ec4ec646e5ab83e99f9102cf752b6b2a0560)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteSpecRulesMatchesHeaders"]]:
        '''Headers specifies HTTP request header matchers.

        See HeaderMatch in the Gateway API for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPHeaderMatch

        :schema: AiGatewayRouteSpecRulesMatches#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteSpecRulesMatchesHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesMatchesHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class AiGatewayRouteSpecRulesMatchesHeaders:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["AiGatewayRouteSpecRulesMatchesHeadersType"] = None,
    ) -> None:
        '''HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request headers.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, only the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent. When a header is repeated in an HTTP request, it is implementation-specific behavior as to how this is represented. Generally, proxies should follow the guidance from the RFC: https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding processing a repeated header, with special handling for "Set-Cookie".
        :param value: Value is the value of HTTP Header to be matched. `gateway:experimental:description <gateway:experimental:description>`_ Must consist of printable US-ASCII characters, optionally separated by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2 </gateway:experimental:description> <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>
        :param type: Type specifies how to match against the value of the header. Support: Core (Exact) Support: Implementation-specific (RegularExpression) Since RegularExpression HeaderMatchType has implementation-specific conformance, implementations can support POSIX, PCRE or any other dialects of regular expressions. Please read the implementation's documentation to determine the supported dialect.

        :schema: AiGatewayRouteSpecRulesMatchesHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__293d33e29cf16bb24935cfeba5f9841393dfc0dc5502e506d49688cbf3c9ca18)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, only the first
        entry with an equivalent name MUST be considered for a match. Subsequent
        entries with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        When a header is repeated in an HTTP request, it is
        implementation-specific behavior as to how this is represented.
        Generally, proxies should follow the guidance from the RFC:
        https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
        processing a repeated header, with special handling for "Set-Cookie".

        :schema: AiGatewayRouteSpecRulesMatchesHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        `gateway:experimental:description <gateway:experimental:description>`_
        Must consist of printable US-ASCII characters, optionally separated
        by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
        </gateway:experimental:description>

        <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiGatewayRouteSpecRulesMatchesHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["AiGatewayRouteSpecRulesMatchesHeadersType"]:
        '''Type specifies how to match against the value of the header.

        Support: Core (Exact)

        Support: Implementation-specific (RegularExpression)

        Since RegularExpression HeaderMatchType has implementation-specific
        conformance, implementations can support POSIX, PCRE or any other dialects
        of regular expressions. Please read the implementation's documentation to
        determine the supported dialect.

        :schema: AiGatewayRouteSpecRulesMatchesHeaders#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["AiGatewayRouteSpecRulesMatchesHeadersType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesMatchesHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesMatchesHeadersType")
class AiGatewayRouteSpecRulesMatchesHeadersType(enum.Enum):
    '''Type specifies how to match against the value of the header.

    Support: Core (Exact)

    Support: Implementation-specific (RegularExpression)

    Since RegularExpression HeaderMatchType has implementation-specific
    conformance, implementations can support POSIX, PCRE or any other dialects
    of regular expressions. Please read the implementation's documentation to
    determine the supported dialect.

    :schema: AiGatewayRouteSpecRulesMatchesHeadersType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteSpecRulesTimeouts",
    jsii_struct_bases=[],
    name_mapping={"backend_request": "backendRequest", "request": "request"},
)
class AiGatewayRouteSpecRulesTimeouts:
    def __init__(
        self,
        *,
        backend_request: typing.Optional[builtins.str] = None,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        If this field is not set, or the timeout.requestTimeout is nil, Envoy AI Gateway defaults to
        set 60s for the request timeout as opposed to 15s of the Envoy Gateway's default value.

        For streaming responses (like chat completions with stream=true), consider setting
        longer timeouts as the response may take time until the completion. Timeouts.Request
        acts as the maximum total time the gateway will wait for the entire response,
        including all streamed chunks.

        :param backend_request: BackendRequest specifies a timeout for an individual request from the gateway to a backend. This covers the time from when the request first starts being sent from the gateway to when the full response has been received from the backend. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. An entire client HTTP transaction with a gateway, covered by the Request timeout, may result in more than one call from the gateway to the destination backend, for example, if automatic retries are supported. The value of BackendRequest must be a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, its behavior is implementation-specific; when specified, the value of BackendRequest must be no more than the value of the Request timeout (since the Request timeout encompasses the BackendRequest timeout). Support: Extended
        :param request: Request specifies the maximum duration for a gateway to respond to an HTTP request. If the gateway has not been able to respond before this deadline is met, the gateway MUST return a timeout error. For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds to complete. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. This timeout is intended to cover as close to the whole request-response transaction as possible although an implementation MAY choose to start the timeout after the entire request stream has been received instead of immediately after the transaction is initiated by the client. The value of Request is a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, request timeout behavior is implementation-specific. Support: Extended

        :schema: AiGatewayRouteSpecRulesTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d978bda485e94000040bedc451bdecc6d85639c2529f11ee2bb51ab841730c1e)
            check_type(argname="argument backend_request", value=backend_request, expected_type=type_hints["backend_request"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_request is not None:
            self._values["backend_request"] = backend_request
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def backend_request(self) -> typing.Optional[builtins.str]:
        '''BackendRequest specifies a timeout for an individual request from the gateway to a backend.

        This covers the time from when the request first starts being
        sent from the gateway to when the full response has been received from the backend.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        An entire client HTTP transaction with a gateway, covered by the Request timeout,
        may result in more than one call from the gateway to the destination backend,
        for example, if automatic retries are supported.

        The value of BackendRequest must be a Gateway API Duration string as defined by
        GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
        when specified, the value of BackendRequest must be no more than the value of the
        Request timeout (since the Request timeout encompasses the BackendRequest timeout).

        Support: Extended

        :schema: AiGatewayRouteSpecRulesTimeouts#backendRequest
        '''
        result = self._values.get("backend_request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''Request specifies the maximum duration for a gateway to respond to an HTTP request.

        If the gateway has not been able to respond before this deadline is met, the gateway
        MUST return a timeout error.

        For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an
        ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds
        to complete.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        This timeout is intended to cover as close to the whole request-response transaction
        as possible although an implementation MAY choose to start the timeout after the entire
        request stream has been received instead of immediately after the transaction is
        initiated by the client.

        The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
        field is unspecified, request timeout behavior is implementation-specific.

        Support: Extended

        :schema: AiGatewayRouteSpecRulesTimeouts#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteSpecRulesTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AiGatewayRouteV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1",
):
    '''AIGatewayRoute combines multiple AIServiceBackends and attaching them to Gateway(s) resources.

    This serves as a way to define a "unified" AI API for a Gateway which allows downstream
    clients to use a single schema API to interact with multiple AI backends.

    Envoy AI Gateway will generate the following k8s resources corresponding to the AIGatewayRoute:

    - HTTPRoute of the Gateway API as a top-level resource to bind all backends.
      The name of the HTTPRoute is the same as the AIGatewayRoute.
    - HTTPRouteFilter of the Envoy Gateway API per namespace for automatic hostname rewrite.
      The name of the HTTPRouteFilter is ``ai-eg-host-rewrite-${AIGatewayRoute.Name}``.

    All of these resources are created in the same namespace as the AIGatewayRoute. Note that this is the implementation
    detail subject to change. If you want to customize the default behavior of the Envoy AI Gateway, you can use these
    resources as a reference and create your own resources. Alternatively, you can use EnvoyPatchPolicy API of the Envoy
    Gateway to patch the generated resources. For example, you can configure the retry fallback behavior by attaching
    BackendTrafficPolicy API of Envoy Gateway to the generated HTTPRoute.

    :schema: AIGatewayRouteV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiGatewayRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "AIGatewayRouteV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Spec defines the details of the AIGatewayRoute.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b872fa26fb18d9abc817a8d2e95958763dcbcc4f7dd57d80bd654f82626f096f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AiGatewayRouteV1Beta1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiGatewayRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AIGatewayRouteV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Spec defines the details of the AIGatewayRoute.
        '''
        props = AiGatewayRouteV1Beta1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AIGatewayRouteV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AiGatewayRouteV1Beta1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiGatewayRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AIGatewayRoute combines multiple AIServiceBackends and attaching them to Gateway(s) resources.

        This serves as a way to define a "unified" AI API for a Gateway which allows downstream
        clients to use a single schema API to interact with multiple AI backends.

        Envoy AI Gateway will generate the following k8s resources corresponding to the AIGatewayRoute:

        - HTTPRoute of the Gateway API as a top-level resource to bind all backends.
          The name of the HTTPRoute is the same as the AIGatewayRoute.
        - HTTPRouteFilter of the Envoy Gateway API per namespace for automatic hostname rewrite.
          The name of the HTTPRouteFilter is ``ai-eg-host-rewrite-${AIGatewayRoute.Name}``.

        All of these resources are created in the same namespace as the AIGatewayRoute. Note that this is the implementation
        detail subject to change. If you want to customize the default behavior of the Envoy AI Gateway, you can use these
        resources as a reference and create your own resources. Alternatively, you can use EnvoyPatchPolicy API of the Envoy
        Gateway to patch the generated resources. For example, you can configure the retry fallback behavior by attaching
        BackendTrafficPolicy API of Envoy Gateway to the generated HTTPRoute.

        :param metadata: 
        :param spec: Spec defines the details of the AIGatewayRoute.

        :schema: AIGatewayRouteV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = AiGatewayRouteV1Beta1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__723622ddbbad5df7fcb0446847f4fdd361f94533adf7ea106be43fc763a8d0f4)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: AIGatewayRouteV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["AiGatewayRouteV1Beta1Spec"]:
        '''Spec defines the details of the AIGatewayRoute.

        :schema: AIGatewayRouteV1Beta1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["AiGatewayRouteV1Beta1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "rules": "rules",
        "hostnames": "hostnames",
        "llm_request_costs": "llmRequestCosts",
        "parent_refs": "parentRefs",
    },
)
class AiGatewayRouteV1Beta1Spec:
    def __init__(
        self,
        *,
        rules: typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecRules", typing.Dict[builtins.str, typing.Any]]],
        hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
        llm_request_costs: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecLlmRequestCosts", typing.Dict[builtins.str, typing.Any]]]] = None,
        parent_refs: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecParentRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec defines the details of the AIGatewayRoute.

        :param rules: Rules is the list of AIGatewayRouteRule that this AIGatewayRoute will match the traffic to. Each rule is a subset of the HTTPRoute in the Gateway API (https://gateway-api.sigs.k8s.io/api-types/httproute/). AI Gateway controller will generate a HTTPRoute based on the configuration given here with the additional modifications to achieve the necessary jobs, notably inserting the AI Gateway filter responsible for the transformation of the request and response, etc. In the matching conditions in the AIGatewayRouteRule, ``x-ai-eg-model`` header is available if we want to describe the routing behavior based on the model name. The model name is extracted from the request content before the routing decision. How multiple rules are matched is the same as the Gateway API. See for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRoute At most 15 rules are allowed per AIGatewayRoute, corresponding to the Gateway API's limit on HTTPRoute.spec.rules (one slot is reserved for a controller-injected catch-all rule). To configure more rules on the same Gateway, split them across multiple AIGatewayRoute resources.
        :param hostnames: Hostnames is a list of hostnames matched against the HTTP Host header to select an AIGatewayRoute used to process the request. This is equivalent to the Hostnames field in the Gateway API HTTPRouteSpec. When specified, the generated HTTPRoute will include these hostnames for hostname-based filtering. See https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteSpec for the details of the Hostnames field in the Gateway API.
        :param llm_request_costs: LLMRequestCosts specifies how to capture the cost of the LLM-related request, notably the token usage. The AI Gateway filter will capture each specified number and store it in the Envoy's dynamic metadata per HTTP request. The namespaced key is "io.envoy.ai_gateway". These route-level costs override any global defaults defined in GatewayConfig.Spec.GlobalLLMRequestCosts for the same metadataKey. If a metadataKey is not defined in either place, no cost is calculated for it. This allows you to define common cost formulas once at the gateway level (e.g., via GatewayConfig) and only override them in specific routes when needed (e.g., premium routes with different pricing). For example, let's say we have the following LLMRequestCosts configuration:: llmRequestCosts: - metadataKey: llm_input_token type: InputToken - metadataKey: llm_output_token type: OutputToken - metadataKey: llm_total_token type: TotalToken - metadataKey: llm_cached_input_token type: CachedInputToken - metadataKey: llm_cache_creation_input_token type: CacheCreationInputToken Then, with the following BackendTrafficPolicy of Envoy Gateway, you can have three rate limit buckets for each unique x-tenant-id header value. One bucket is for the input token, the other is for the output token, and the last one is for the total token. Each bucket will be reduced by the corresponding token usage captured by the AI Gateway filter:: apiVersion: gateway.envoyproxy.io/v1alpha1 kind: BackendTrafficPolicy metadata: name: some-example-token-rate-limit namespace: default spec: targetRefs: - group: gateway.networking.k8s.io kind: HTTPRoute name: usage-rate-limit rateLimit: type: Global global: rules: - clientSelectors: # Do the rate limiting based on the x-tenant-id header. - headers: - name: x-tenant-id type: Distinct limit: # Configures the number of "tokens" allowed per hour. requests: 10000 unit: Hour cost: request: from: Number # Setting the request cost to zero allows to only check the rate limit budget, # and not consume the budget on the request path. number: 0 # This specifies the cost of the response retrieved from the dynamic metadata set by the AI Gateway filter. # The extracted value will be used to consume the rate limit budget, and subsequent requests will be rate limited # if the budget is exhausted. response: from: Metadata metadata: namespace: io.envoy.ai_gateway key: llm_input_token - clientSelectors: - headers: - name: x-tenant-id type: Distinct limit: requests: 10000 unit: Hour cost: request: from: Number number: 0 response: from: Metadata metadata: namespace: io.envoy.ai_gateway key: llm_output_token - clientSelectors: - headers: - name: x-tenant-id type: Distinct limit: requests: 10000 unit: Hour cost: request: from: Number number: 0 response: from: Metadata metadata: namespace: io.envoy.ai_gateway key: llm_total_token Note that when multiple AIGatewayRoute resources are attached to the same Gateway, and different costs are configured for the same metadata key, each route's rule is carried in the filter configuration with the route identity; the data plane selects the matching rule per request (by route), so each route can define its own cost for the same metadata key.
        :param parent_refs: ParentRefs are the names of the Gateway resources this AIGatewayRoute is being attached to. Currently, each reference's Kind must be Gateway.

        :schema: AiGatewayRouteV1Beta1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6c469714ca9d7c6062478d849279553390f5768aa4a509732c577e438971e93)
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
            check_type(argname="argument hostnames", value=hostnames, expected_type=type_hints["hostnames"])
            check_type(argname="argument llm_request_costs", value=llm_request_costs, expected_type=type_hints["llm_request_costs"])
            check_type(argname="argument parent_refs", value=parent_refs, expected_type=type_hints["parent_refs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "rules": rules,
        }
        if hostnames is not None:
            self._values["hostnames"] = hostnames
        if llm_request_costs is not None:
            self._values["llm_request_costs"] = llm_request_costs
        if parent_refs is not None:
            self._values["parent_refs"] = parent_refs

    @builtins.property
    def rules(self) -> typing.List["AiGatewayRouteV1Beta1SpecRules"]:
        '''Rules is the list of AIGatewayRouteRule that this AIGatewayRoute will match the traffic to.

        Each rule is a subset of the HTTPRoute in the Gateway API (https://gateway-api.sigs.k8s.io/api-types/httproute/).

        AI Gateway controller will generate a HTTPRoute based on the configuration given here with the additional
        modifications to achieve the necessary jobs, notably inserting the AI Gateway filter responsible for
        the transformation of the request and response, etc.

        In the matching conditions in the AIGatewayRouteRule, ``x-ai-eg-model`` header is available
        if we want to describe the routing behavior based on the model name. The model name is extracted
        from the request content before the routing decision.

        How multiple rules are matched is the same as the Gateway API. See for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRoute

        At most 15 rules are allowed per AIGatewayRoute, corresponding to the Gateway API's limit on
        HTTPRoute.spec.rules (one slot is reserved for a controller-injected catch-all rule). To
        configure more rules on the same Gateway, split them across multiple AIGatewayRoute resources.

        :schema: AiGatewayRouteV1Beta1Spec#rules
        '''
        result = self._values.get("rules")
        assert result is not None, "Required property 'rules' is missing"
        return typing.cast(typing.List["AiGatewayRouteV1Beta1SpecRules"], result)

    @builtins.property
    def hostnames(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Hostnames is a list of hostnames matched against the HTTP Host header to select an AIGatewayRoute used to process the request.

        This is equivalent to the Hostnames field in the Gateway API HTTPRouteSpec.
        When specified, the generated HTTPRoute will include these hostnames for hostname-based filtering.
        See https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteSpec
        for the details of the Hostnames field in the Gateway API.

        :schema: AiGatewayRouteV1Beta1Spec#hostnames
        '''
        result = self._values.get("hostnames")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def llm_request_costs(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecLlmRequestCosts"]]:
        '''LLMRequestCosts specifies how to capture the cost of the LLM-related request, notably the token usage.

        The AI Gateway filter will capture each specified number and store it in the Envoy's dynamic
        metadata per HTTP request. The namespaced key is "io.envoy.ai_gateway".

        These route-level costs override any global defaults defined in GatewayConfig.Spec.GlobalLLMRequestCosts
        for the same metadataKey. If a metadataKey is not defined in either place, no cost is calculated for it.

        This allows you to define common cost formulas once at the gateway level (e.g., via GatewayConfig)
        and only override them in specific routes when needed (e.g., premium routes with different pricing).

        For example, let's say we have the following LLMRequestCosts configuration::

           llmRequestCosts:
           - metadataKey: llm_input_token
           type: InputToken
           - metadataKey: llm_output_token
           type: OutputToken
           - metadataKey: llm_total_token
           type: TotalToken
           - metadataKey: llm_cached_input_token
           type: CachedInputToken
           - metadataKey: llm_cache_creation_input_token
           type: CacheCreationInputToken

        Then, with the following BackendTrafficPolicy of Envoy Gateway, you can have three
        rate limit buckets for each unique x-tenant-id header value. One bucket is for the input token,
        the other is for the output token, and the last one is for the total token.
        Each bucket will be reduced by the corresponding token usage captured by the AI Gateway filter::

           apiVersion: gateway.envoyproxy.io/v1alpha1
           kind: BackendTrafficPolicy
           metadata:
           name: some-example-token-rate-limit
           namespace: default
           spec:
           targetRefs:
           - group: gateway.networking.k8s.io
           kind: HTTPRoute
           name: usage-rate-limit
           rateLimit:
           type: Global
           global:
           rules:
           - clientSelectors:
           # Do the rate limiting based on the x-tenant-id header.
           - headers:
           - name: x-tenant-id
           type: Distinct
           limit:
           # Configures the number of "tokens" allowed per hour.
           requests: 10000
           unit: Hour
           cost:
           request:
           from: Number
           # Setting the request cost to zero allows to only check the rate limit budget,
           # and not consume the budget on the request path.
           number: 0
           # This specifies the cost of the response retrieved from the dynamic metadata set by the AI Gateway filter.
           # The extracted value will be used to consume the rate limit budget, and subsequent requests will be rate limited
           # if the budget is exhausted.
           response:
           from: Metadata
           metadata:
           namespace: io.envoy.ai_gateway
           key: llm_input_token
           - clientSelectors:
           - headers:
           - name: x-tenant-id
           type: Distinct
           limit:
           requests: 10000
           unit: Hour
           cost:
           request:
           from: Number
           number: 0
           response:
           from: Metadata
           metadata:
           namespace: io.envoy.ai_gateway
           key: llm_output_token
           - clientSelectors:
           - headers:
           - name: x-tenant-id
           type: Distinct
           limit:
           requests: 10000
           unit: Hour
           cost:
           request:
           from: Number
           number: 0
           response:
           from: Metadata
           metadata:
           namespace: io.envoy.ai_gateway
           key: llm_total_token

        Note that when multiple AIGatewayRoute resources are attached to the same Gateway, and
        different costs are configured for the same metadata key, each route's rule is carried in
        the filter configuration with the route identity; the data plane selects the matching rule
        per request (by route), so each route can define its own cost for the same metadata key.

        :schema: AiGatewayRouteV1Beta1Spec#llmRequestCosts
        '''
        result = self._values.get("llm_request_costs")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecLlmRequestCosts"]], result)

    @builtins.property
    def parent_refs(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecParentRefs"]]:
        '''ParentRefs are the names of the Gateway resources this AIGatewayRoute is being attached to.

        Currently, each reference's Kind must be Gateway.

        :schema: AiGatewayRouteV1Beta1Spec#parentRefs
        '''
        result = self._values.get("parent_refs")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecParentRefs"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecLlmRequestCosts",
    jsii_struct_bases=[],
    name_mapping={"metadata_key": "metadataKey", "type": "type", "cel": "cel"},
)
class AiGatewayRouteV1Beta1SpecLlmRequestCosts:
    def __init__(
        self,
        *,
        metadata_key: builtins.str,
        type: "AiGatewayRouteV1Beta1SpecLlmRequestCostsType",
        cel: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LLMRequestCost configures each request cost.

        :param metadata_key: MetadataKey is the key of the metadata to store this cost of the request.
        :param type: Type specifies the type of the request cost. The default is "OutputToken", and it uses "output token" as the cost. The other types are "InputToken", "TotalToken", "CachedInputToken", "CacheCreationInputToken", "ReasoningToken", and "CEL".
        :param cel: CEL is the CEL expression to calculate the cost of the request. The CEL expression must return a signed or unsigned integer. If the return value is negative, it will be error. The expression can use the following variables: - model: the model name extracted from the request content. Type: string. - backend: the backend name in the form of "name.namespace". Type: string. - input_tokens: the number of input tokens. Type: unsigned integer. - cached_input_tokens: the number of cached read input tokens. Type: unsigned integer. - cache_creation_input_tokens: the number of cache creation input tokens. Type: unsigned integer. - output_tokens: the number of output tokens. Type: unsigned integer. - total_tokens: the total number of tokens. Type: unsigned integer. - reasoning_tokens: the number of reasoning tokens. Type: unsigned integer. For example, the following expressions are valid: - "model == 'llama' ? input_tokens + output_token * 0.5 : total_tokens" - "backend == 'foo.default' ? input_tokens + output_tokens : total_tokens" - "backend == 'bar.default' ? (input_tokens - cached_input_tokens) + cached_input_tokens * 0.1 + cache_creation_input_tokens * 1.25 + output_tokens : total_tokens" - "input_tokens + output_tokens + total_tokens" - "input_tokens * output_tokens"

        :schema: AiGatewayRouteV1Beta1SpecLlmRequestCosts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f2114de0c4f9cd34aa297ae2bc41bcaa7b9da38829a4040325fce81a86516ba)
            check_type(argname="argument metadata_key", value=metadata_key, expected_type=type_hints["metadata_key"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata_key": metadata_key,
            "type": type,
        }
        if cel is not None:
            self._values["cel"] = cel

    @builtins.property
    def metadata_key(self) -> builtins.str:
        '''MetadataKey is the key of the metadata to store this cost of the request.

        :schema: AiGatewayRouteV1Beta1SpecLlmRequestCosts#metadataKey
        '''
        result = self._values.get("metadata_key")
        assert result is not None, "Required property 'metadata_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "AiGatewayRouteV1Beta1SpecLlmRequestCostsType":
        '''Type specifies the type of the request cost.

        The default is "OutputToken",
        and it uses "output token" as the cost. The other types are "InputToken", "TotalToken",
        "CachedInputToken", "CacheCreationInputToken", "ReasoningToken", and "CEL".

        :schema: AiGatewayRouteV1Beta1SpecLlmRequestCosts#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("AiGatewayRouteV1Beta1SpecLlmRequestCostsType", result)

    @builtins.property
    def cel(self) -> typing.Optional[builtins.str]:
        '''CEL is the CEL expression to calculate the cost of the request.

        The CEL expression must return a signed or unsigned integer. If the
        return value is negative, it will be error.

        The expression can use the following variables:

        - model: the model name extracted from the request content. Type: string.
        - backend: the backend name in the form of "name.namespace". Type: string.
        - input_tokens: the number of input tokens. Type: unsigned integer.
        - cached_input_tokens: the number of cached read input tokens. Type: unsigned integer.
        - cache_creation_input_tokens: the number of cache creation input tokens. Type: unsigned integer.
        - output_tokens: the number of output tokens. Type: unsigned integer.
        - total_tokens: the total number of tokens. Type: unsigned integer.
        - reasoning_tokens: the number of reasoning tokens. Type: unsigned integer.

        For example, the following expressions are valid:

        - "model == 'llama' ?  input_tokens + output_token * 0.5 : total_tokens"
        - "backend == 'foo.default' ?  input_tokens + output_tokens : total_tokens"
        - "backend == 'bar.default' ?  (input_tokens - cached_input_tokens) + cached_input_tokens * 0.1 + cache_creation_input_tokens * 1.25 + output_tokens : total_tokens"
        - "input_tokens + output_tokens + total_tokens"
        - "input_tokens * output_tokens"

        :schema: AiGatewayRouteV1Beta1SpecLlmRequestCosts#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecLlmRequestCosts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecLlmRequestCostsType"
)
class AiGatewayRouteV1Beta1SpecLlmRequestCostsType(enum.Enum):
    '''Type specifies the type of the request cost.

    The default is "OutputToken",
    and it uses "output token" as the cost. The other types are "InputToken", "TotalToken",
    "CachedInputToken", "CacheCreationInputToken", "ReasoningToken", and "CEL".

    :schema: AiGatewayRouteV1Beta1SpecLlmRequestCostsType
    '''

    OUTPUT_TOKEN = "OUTPUT_TOKEN"
    '''OutputToken.'''
    INPUT_TOKEN = "INPUT_TOKEN"
    '''InputToken.'''
    CACHED_INPUT_TOKEN = "CACHED_INPUT_TOKEN"
    '''CachedInputToken.'''
    CACHE_CREATION_INPUT_TOKEN = "CACHE_CREATION_INPUT_TOKEN"
    '''CacheCreationInputToken.'''
    TOTAL_TOKEN = "TOTAL_TOKEN"
    '''TotalToken.'''
    REASONING_TOKEN = "REASONING_TOKEN"
    '''ReasoningToken.'''
    CEL = "CEL"
    '''CEL.'''


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecParentRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "section_name": "sectionName",
    },
)
class AiGatewayRouteV1Beta1SpecParentRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ParentReference identifies an API object (usually a Gateway) that can be considered a parent of this resource (usually a route).

        There are two kinds of parent resources
        with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        This API may be extended in the future to support additional kinds of parent
        resources.

        The API object must be valid in the cluster; the Group and Kind must
        be registered in the cluster for this reference to be valid.

        :param name: Name is the name of the referent. Support: Core
        :param group: Group is the group of the referent. When unspecified, "gateway.networking.k8s.io" is inferred. To set the core API group (such as for a "Service" kind referent), Group must be explicitly set to "" (empty string). Support: Core
        :param kind: Kind is kind of the referent. There are two kinds of parent resources with "Core" support: - Gateway (Gateway conformance profile) - Service (Mesh conformance profile, ClusterIP Services only) Support for other resources is Implementation-Specific.
        :param namespace: Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route. Note that there are specific rules for ParentRefs which cross namespace boundaries. Cross-namespace references are only valid if they are explicitly allowed by something in the namespace they are referring to. For example: Gateway has the AllowedRoutes field, and ReferenceGrant provides a generic way to enable any other kind of cross-namespace reference. `gateway:experimental:description <gateway:experimental:description>`_ ParentRefs from a Route to a Service in the same namespace are "producer" routes, which apply default routing rules to inbound connections from any namespace to the Service. ParentRefs from a Route to a Service in a different namespace are "consumer" routes, and these routing rules are only applied to outbound connections originating from the same namespace as the Route, for which the intended destination of the connections are a Service targeted as a ParentRef of the Route. </gateway:experimental:description> Support: Core
        :param port: Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource. When the parent resource is a Gateway, this targets all listeners listening on the specified port that also support this kind of Route(and select this Route). It's not recommended to set ``Port`` unless the networking behaviors specified in a Route must apply to a specific port as opposed to a listener(s) whose port(s) may be changed. When both Port and SectionName are specified, the name and port of the selected listener must match both specified values. `gateway:experimental:description <gateway:experimental:description>`_ When the parent resource is a Service, this targets a specific port in the Service spec. When both Port (experimental) and SectionName are specified, the name and port of the selected port must match both specified values. </gateway:experimental:description> Implementations MAY choose to support other parent resources. Implementations supporting other types of parent resources MUST clearly document how/if Port is interpreted. For the purpose of status, an attachment is considered successful as long as the parent resource accepts it partially. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Extended
        :param section_name: SectionName is the name of a section within the target resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. - Service: Port name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. Implementations MAY choose to support attaching Routes to other resources. If that is the case, they MUST clearly document how SectionName is interpreted. When unspecified (empty string), this will reference the entire resource. For the purpose of status, an attachment is considered successful if at least one section in the parent resource accepts it. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Core

        :schema: AiGatewayRouteV1Beta1SpecParentRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af1e7acea6b1001905fbff4993818390774ffd58976f6f6b242f1a5ff3cae2f7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        Support: Core

        :schema: AiGatewayRouteV1Beta1SpecParentRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        When unspecified, "gateway.networking.k8s.io" is inferred.
        To set the core API group (such as for a "Service" kind referent),
        Group must be explicitly set to "" (empty string).

        Support: Core

        :schema: AiGatewayRouteV1Beta1SpecParentRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is kind of the referent.

        There are two kinds of parent resources with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        Support for other resources is Implementation-Specific.

        :schema: AiGatewayRouteV1Beta1SpecParentRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route.

        Note that there are specific rules for ParentRefs which cross namespace
        boundaries. Cross-namespace references are only valid if they are explicitly
        allowed by something in the namespace they are referring to. For example:
        Gateway has the AllowedRoutes field, and ReferenceGrant provides a
        generic way to enable any other kind of cross-namespace reference.

        `gateway:experimental:description <gateway:experimental:description>`_
        ParentRefs from a Route to a Service in the same namespace are "producer"
        routes, which apply default routing rules to inbound connections from
        any namespace to the Service.

        ParentRefs from a Route to a Service in a different namespace are
        "consumer" routes, and these routing rules are only applied to outbound
        connections originating from the same namespace as the Route, for which
        the intended destination of the connections are a Service targeted as a
        ParentRef of the Route.
        </gateway:experimental:description>

        Support: Core

        :schema: AiGatewayRouteV1Beta1SpecParentRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource.

        When the parent resource is a Gateway, this targets all listeners
        listening on the specified port that also support this kind of Route(and
        select this Route). It's not recommended to set ``Port`` unless the
        networking behaviors specified in a Route must apply to a specific port
        as opposed to a listener(s) whose port(s) may be changed. When both Port
        and SectionName are specified, the name and port of the selected listener
        must match both specified values.

        `gateway:experimental:description <gateway:experimental:description>`_
        When the parent resource is a Service, this targets a specific port in the
        Service spec. When both Port (experimental) and SectionName are specified,
        the name and port of the selected port must match both specified values.
        </gateway:experimental:description>

        Implementations MAY choose to support other parent resources.
        Implementations supporting other types of parent resources MUST clearly
        document how/if Port is interpreted.

        For the purpose of status, an attachment is considered successful as
        long as the parent resource accepts it partially. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
        from the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route,
        the Route MUST be considered detached from the Gateway.

        Support: Extended

        :schema: AiGatewayRouteV1Beta1SpecParentRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        In the
        following resources, SectionName is interpreted as the following:

        - Gateway: Listener name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.
        - Service: Port name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.

        Implementations MAY choose to support attaching Routes to other resources.
        If that is the case, they MUST clearly document how SectionName is
        interpreted.

        When unspecified (empty string), this will reference the entire resource.
        For the purpose of status, an attachment is considered successful if at
        least one section in the parent resource accepts it. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
        the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route, the
        Route MUST be considered detached from the Gateway.

        Support: Core

        :schema: AiGatewayRouteV1Beta1SpecParentRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecParentRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRules",
    jsii_struct_bases=[],
    name_mapping={
        "backend_refs": "backendRefs",
        "matches": "matches",
        "models_created_at": "modelsCreatedAt",
        "models_owned_by": "modelsOwnedBy",
        "name": "name",
        "stream_idle_timeout": "streamIdleTimeout",
        "timeouts": "timeouts",
    },
)
class AiGatewayRouteV1Beta1SpecRules:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecRulesBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        matches: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecRulesMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        models_created_at: typing.Optional[datetime.datetime] = None,
        models_owned_by: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        stream_idle_timeout: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["AiGatewayRouteV1Beta1SpecRulesTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AIGatewayRouteRule is a rule that defines the routing behavior of the AIGatewayRoute.

        :param backend_refs: BackendRefs is the list of backends that this rule will route the traffic to. Each backend can have a weight that determines the traffic distribution. The namespace of each backend defaults to the same namespace as the AIGatewayRoute when not specified. Cross-namespace references are supported by specifying the namespace field. When a namespace different than the AIGatewayRoute's namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. BackendRefs can reference either AIServiceBackend resources (default) or InferencePool resources from the Gateway API Inference Extension. When referencing InferencePool resources: - Only one InferencePool backend is allowed per rule - Cannot mix InferencePool with AIServiceBackend references in the same rule - Fallback behavior is handled by the InferencePool's endpoint picker For AIServiceBackend references, you can achieve fallback behavior by configuring multiple backends combined with the BackendTrafficPolicy of Envoy Gateway. Please refer to https://gateway.envoyproxy.io/docs/tasks/traffic/failover/ as well as https://gateway.envoyproxy.io/docs/tasks/traffic/retry/.
        :param matches: Matches is the list of AIGatewayRouteMatch that this rule will match the traffic to. This is a subset of the HTTPRouteMatch in the Gateway API. See for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteMatch
        :param models_created_at: ModelsCreatedAt represents the creation timestamp of the running models serving by the backends, which will be exported as the field of "Created" in openai-compatible API "/models". It follows the format of RFC 3339, for example "2024-05-21T10:00:00Z". This is used only when this rule contains "x-ai-eg-model" in its header matching where the header value will be recognized as a "model" in "/models" endpoint. All the matched models will share the same creation time. Default to the creation timestamp of the AIGatewayRoute if not set. Default: the creation timestamp of the AIGatewayRoute if not set.
        :param models_owned_by: ModelsOwnedBy represents the owner of the running models serving by the backends, which will be exported as the field of "OwnedBy" in openai-compatible API "/models". This is used only when this rule contains "x-ai-eg-model" in its header matching where the header value will be recognized as a "model" in "/models" endpoint. All the matched models will share the same owner. Default to "Envoy AI Gateway" if not set. Default: Envoy AI Gateway" if not set.
        :param name: Name is the name of the route rule. This name must be unique within the route. When specified, it is copied to the generated HTTPRoute rule name.
        :param stream_idle_timeout: StreamIdleTimeout is the maximum time Envoy will wait without receiving any bytes from the upstream. If the timer fires before the first response byte arrives, Envoy resets the upstream stream and a retry policy can fall over to the next backend. If it fires mid-stream after bytes have already arrived, the stream is cut and the client receives a 504. The AI Gateway extension server sets route.retry_policy.per_try_idle_timeout to this value on every xDS route generated from this rule before it is sent to the data plane. Pair this field with Timeouts.Request, which acts as the overall deadline. If this field is not set, no per-try idle timeout is applied.
        :param timeouts: Timeouts defines the timeouts that can be configured for an HTTP request. If this field is not set, or the timeout.requestTimeout is nil, Envoy AI Gateway defaults to set 60s for the request timeout as opposed to 15s of the Envoy Gateway's default value. For streaming responses (like chat completions with stream=true), consider setting longer timeouts as the response may take time until the completion. Timeouts.Request acts as the maximum total time the gateway will wait for the entire response, including all streamed chunks.

        :schema: AiGatewayRouteV1Beta1SpecRules
        '''
        if isinstance(timeouts, dict):
            timeouts = AiGatewayRouteV1Beta1SpecRulesTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5c73c889367e749e8690581d7e6f90620e82309f5bf2690ede8f344bb4497e7d)
            check_type(argname="argument backend_refs", value=backend_refs, expected_type=type_hints["backend_refs"])
            check_type(argname="argument matches", value=matches, expected_type=type_hints["matches"])
            check_type(argname="argument models_created_at", value=models_created_at, expected_type=type_hints["models_created_at"])
            check_type(argname="argument models_owned_by", value=models_owned_by, expected_type=type_hints["models_owned_by"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument stream_idle_timeout", value=stream_idle_timeout, expected_type=type_hints["stream_idle_timeout"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_refs is not None:
            self._values["backend_refs"] = backend_refs
        if matches is not None:
            self._values["matches"] = matches
        if models_created_at is not None:
            self._values["models_created_at"] = models_created_at
        if models_owned_by is not None:
            self._values["models_owned_by"] = models_owned_by
        if name is not None:
            self._values["name"] = name
        if stream_idle_timeout is not None:
            self._values["stream_idle_timeout"] = stream_idle_timeout
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def backend_refs(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesBackendRefs"]]:
        '''BackendRefs is the list of backends that this rule will route the traffic to.

        Each backend can have a weight that determines the traffic distribution.

        The namespace of each backend defaults to the same namespace as the AIGatewayRoute when not specified.
        Cross-namespace references are supported by specifying the namespace field.
        When a namespace different than the AIGatewayRoute's namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference.

        BackendRefs can reference either AIServiceBackend resources (default) or InferencePool resources
        from the Gateway API Inference Extension. When referencing InferencePool resources:

        - Only one InferencePool backend is allowed per rule
        - Cannot mix InferencePool with AIServiceBackend references in the same rule
        - Fallback behavior is handled by the InferencePool's endpoint picker

        For AIServiceBackend references, you can achieve fallback behavior by configuring multiple backends
        combined with the BackendTrafficPolicy of Envoy Gateway.
        Please refer to https://gateway.envoyproxy.io/docs/tasks/traffic/failover/ as well as
        https://gateway.envoyproxy.io/docs/tasks/traffic/retry/.

        :schema: AiGatewayRouteV1Beta1SpecRules#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesBackendRefs"]], result)

    @builtins.property
    def matches(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesMatches"]]:
        '''Matches is the list of AIGatewayRouteMatch that this rule will match the traffic to.

        This is a subset of the HTTPRouteMatch in the Gateway API. See for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPRouteMatch

        :schema: AiGatewayRouteV1Beta1SpecRules#matches
        '''
        result = self._values.get("matches")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesMatches"]], result)

    @builtins.property
    def models_created_at(self) -> typing.Optional[datetime.datetime]:
        '''ModelsCreatedAt represents the creation timestamp of the running models serving by the backends, which will be exported as the field of "Created" in openai-compatible API "/models".

        It follows the format of RFC 3339, for example "2024-05-21T10:00:00Z".

        This is used only when this rule contains "x-ai-eg-model" in its header matching
        where the header value will be recognized as a "model" in "/models" endpoint.
        All the matched models will share the same creation time.

        Default to the creation timestamp of the AIGatewayRoute if not set.

        :default: the creation timestamp of the AIGatewayRoute if not set.

        :schema: AiGatewayRouteV1Beta1SpecRules#modelsCreatedAt
        '''
        result = self._values.get("models_created_at")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def models_owned_by(self) -> typing.Optional[builtins.str]:
        '''ModelsOwnedBy represents the owner of the running models serving by the backends, which will be exported as the field of "OwnedBy" in openai-compatible API "/models".

        This is used only when this rule contains "x-ai-eg-model" in its header matching
        where the header value will be recognized as a "model" in "/models" endpoint.
        All the matched models will share the same owner.

        Default to "Envoy AI Gateway" if not set.

        :default: Envoy AI Gateway" if not set.

        :schema: AiGatewayRouteV1Beta1SpecRules#modelsOwnedBy
        '''
        result = self._values.get("models_owned_by")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the route rule.

        This name must be unique within the route.
        When specified, it is copied to the generated HTTPRoute rule name.

        :schema: AiGatewayRouteV1Beta1SpecRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stream_idle_timeout(self) -> typing.Optional[builtins.str]:
        '''StreamIdleTimeout is the maximum time Envoy will wait without receiving any bytes from the upstream.

        If the timer fires before the first response byte arrives, Envoy resets the upstream stream and a
        retry policy can fall over to the next backend. If it fires mid-stream after
        bytes have already arrived, the stream is cut and the client receives a 504.

        The AI Gateway extension server sets route.retry_policy.per_try_idle_timeout to this value on
        every xDS route generated from this rule before it is sent to the data plane.

        Pair this field with Timeouts.Request, which acts as the overall deadline.

        If this field is not set, no per-try idle timeout is applied.

        :schema: AiGatewayRouteV1Beta1SpecRules#streamIdleTimeout
        '''
        result = self._values.get("stream_idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["AiGatewayRouteV1Beta1SpecRulesTimeouts"]:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        If this field is not set, or the timeout.requestTimeout is nil, Envoy AI Gateway defaults to
        set 60s for the request timeout as opposed to 15s of the Envoy Gateway's default value.

        For streaming responses (like chat completions with stream=true), consider setting
        longer timeouts as the response may take time until the completion. Timeouts.Request
        acts as the maximum total time the gateway will wait for the entire response,
        including all streamed chunks.

        :schema: AiGatewayRouteV1Beta1SpecRules#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["AiGatewayRouteV1Beta1SpecRulesTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesBackendRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "body_mutation": "bodyMutation",
        "group": "group",
        "header_mutation": "headerMutation",
        "kind": "kind",
        "model_name_override": "modelNameOverride",
        "namespace": "namespace",
        "priority": "priority",
        "weight": "weight",
    },
)
class AiGatewayRouteV1Beta1SpecRulesBackendRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        body_mutation: typing.Optional[typing.Union["AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation", typing.Dict[builtins.str, typing.Any]]] = None,
        group: typing.Optional[builtins.str] = None,
        header_mutation: typing.Optional[typing.Union["AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional[builtins.str] = None,
        model_name_override: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''AIGatewayRouteRuleBackendRef is a reference to a backend with a weight.

        It can reference either an AIServiceBackend or an InferencePool resource.

        :param name: Name is the name of the backend resource. When Group and Kind are not specified, this refers to an AIServiceBackend. When Group and Kind are specified, this refers to the resource of the specified type.
        :param body_mutation: BodyMutation defines the request body mutation to be applied to this backend. This allows modification of JSON fields in the request body before sending to the backend. When both route-level and backend-level BodyMutation are defined, route-level takes precedence over backend-level for conflicting operations. This field is ignored when referencing InferencePool resources.
        :param group: Group is the group of the backend resource. When not specified, defaults to aigateway.envoyproxy.io (AIServiceBackend). Currently, only "inference.networking.k8s.io" is supported for InferencePool resources.
        :param header_mutation: HeaderMutation defines the request header mutation to be applied to this backend. When both route-level and backend-level HeaderMutation are defined, route-level takes precedence over backend-level for conflicting operations. This field is ignored when referencing InferencePool resources.
        :param kind: Kind is the kind of the backend resource. When not specified, defaults to AIServiceBackend. Currently, only "InferencePool" is supported when Group is specified.
        :param model_name_override: Name of the model in the backend. If provided this will override the name provided in the request. This field is ignored when referencing InferencePool resources.
        :param namespace: Namespace is the namespace of the backend resource. When unspecified (or empty string), this refers to the local namespace of the AIGatewayRoute. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
        :param priority: Priority is the priority of the backend. This sets the priority on the underlying endpoints. See: https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/load_balancing/priority Note: This will override the ``faillback`` property of the underlying Envoy Gateway Backend This field is ignored when referencing InferencePool resources. Default is 0. Default: 0.
        :param weight: Weight is the weight of the backend. This is exactly the same as the weight in the BackendRef in the Gateway API. See for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.BackendRef Default is 1. Default: 1.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs
        '''
        if isinstance(body_mutation, dict):
            body_mutation = AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation(**body_mutation)
        if isinstance(header_mutation, dict):
            header_mutation = AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation(**header_mutation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d3406d8b3f7af9f07e9cec9e4482faebd0a04521fb8e2755646f2d52de9e3cb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument body_mutation", value=body_mutation, expected_type=type_hints["body_mutation"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument header_mutation", value=header_mutation, expected_type=type_hints["header_mutation"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument model_name_override", value=model_name_override, expected_type=type_hints["model_name_override"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if body_mutation is not None:
            self._values["body_mutation"] = body_mutation
        if group is not None:
            self._values["group"] = group
        if header_mutation is not None:
            self._values["header_mutation"] = header_mutation
        if kind is not None:
            self._values["kind"] = kind
        if model_name_override is not None:
            self._values["model_name_override"] = model_name_override
        if namespace is not None:
            self._values["namespace"] = namespace
        if priority is not None:
            self._values["priority"] = priority
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the backend resource.

        When Group and Kind are not specified, this refers to an AIServiceBackend.
        When Group and Kind are specified, this refers to the resource of the specified type.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def body_mutation(
        self,
    ) -> typing.Optional["AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation"]:
        '''BodyMutation defines the request body mutation to be applied to this backend.

        This allows modification of JSON fields in the request body before sending to the backend.
        When both route-level and backend-level BodyMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#bodyMutation
        '''
        result = self._values.get("body_mutation")
        return typing.cast(typing.Optional["AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation"], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the backend resource.

        When not specified, defaults to aigateway.envoyproxy.io (AIServiceBackend).
        Currently, only "inference.networking.k8s.io" is supported for InferencePool resources.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def header_mutation(
        self,
    ) -> typing.Optional["AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation"]:
        '''HeaderMutation defines the request header mutation to be applied to this backend.

        When both route-level and backend-level HeaderMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#headerMutation
        '''
        result = self._values.get("header_mutation")
        return typing.cast(typing.Optional["AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation"], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the kind of the backend resource.

        When not specified, defaults to AIServiceBackend.
        Currently, only "InferencePool" is supported when Group is specified.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def model_name_override(self) -> typing.Optional[builtins.str]:
        '''Name of the model in the backend.

        If provided this will override the name provided in the request.
        This field is ignored when referencing InferencePool resources.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#modelNameOverride
        '''
        result = self._values.get("model_name_override")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend resource.

        When unspecified (or empty string), this refers to the local namespace of the AIGatewayRoute.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Priority is the priority of the backend.

        This sets the priority on the underlying endpoints.
        See: https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/load_balancing/priority
        Note: This will override the ``faillback`` property of the underlying Envoy Gateway Backend
        This field is ignored when referencing InferencePool resources.

        Default is 0.

        :default: 0.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight is the weight of the backend.

        This is exactly the same as the weight in
        the BackendRef in the Gateway API. See for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.BackendRef

        Default is 1.

        :default: 1.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefs#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BodyMutation defines the request body mutation to be applied to this backend.

        This allows modification of JSON fields in the request body before sending to the backend.
        When both route-level and backend-level BodyMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :param remove: Remove the given JSON field(s) from the HTTP request body before sending to the backend. The value of Remove is a list of top-level field names to remove. Input: { "model": "gpt-4", "service_tier": "default", "internal_flag": true } Config: remove: ["service_tier", "internal_flag"] Output: { "model": "gpt-4" }
        :param set: Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend. Only top-level fields are currently supported. Input: { "model": "gpt-4", "service_tier": "default" } Config: set: - path: "service_tier" value: "scale" Output: { "model": "gpt-4", "service_tier": "scale" }

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7572c72385fd2ec0279936955d9abe8aeec89d5345a4e7e6caa99064f011599e)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given JSON field(s) from the HTTP request body before sending to the backend.

        The value of Remove is a list of top-level field names to remove.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default",
        "internal_flag": true
        }

        Config:
        remove: ["service_tier", "internal_flag"]

        Output:
        {
        "model": "gpt-4"
        }

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet"]]:
        '''Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend.

        Only top-level fields are currently supported.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default"
        }

        Config:
        set:

        - path: "service_tier"
          value: "scale"

        Output:
        {
        "model": "gpt-4",
        "service_tier": "scale"
        }

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "value": "value"},
)
class AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet:
    def __init__(self, *, path: builtins.str, value: builtins.str) -> None:
        '''HTTPBodyField represents a JSON field name and value for body mutation.

        :param path: Path is the top-level field name to set in the request body. Examples: "service_tier", "max_tokens", "temperature"
        :param value: Value is the JSON value to set at the specified field. This can be any valid JSON value: string, number, boolean, object, array, or null. The value will be parsed as JSON and inserted at the specified field. Examples: - ""scale"" (string) - "42" (number) - "true" (boolean) - "{"key": "value"}" (object) - "[1, 2, 3]" (array) - "null" (null)

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79dd9679675b50b8b4e27c25690efb61c4ccce42e2cabae234f2b3b2f174a7dc)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "value": value,
        }

    @builtins.property
    def path(self) -> builtins.str:
        '''Path is the top-level field name to set in the request body.

        Examples: "service_tier", "max_tokens", "temperature"

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the JSON value to set at the specified field.

        This can be any valid JSON value:
        string, number, boolean, object, array, or null.
        The value will be parsed as JSON and inserted at the specified field.

        Examples:

        - ""scale"" (string)
        - "42" (number)
        - "true" (boolean)
        - "{"key": "value"}" (object)
        - "[1, 2, 3]" (array)
        - "null" (null)

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''HeaderMutation defines the request header mutation to be applied to this backend.

        When both route-level and backend-level HeaderMutation are defined,
        route-level takes precedence over backend-level for conflicting operations.
        This field is ignored when referencing InferencePool resources.

        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites/adds the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e662f3be2861376926aec4c66c3c7bf9fdf3abbec3188ceb88c6dffc047829f7)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet"]]:
        '''Set overwrites/adds the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched. `gateway:experimental:description <gateway:experimental:description>`_ Must consist of printable US-ASCII characters, optionally separated by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2 </gateway:experimental:description> <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e82d804b619cb5c8dab35915bdee5668ca84470afb109151c169a6e929b70bf1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        `gateway:experimental:description <gateway:experimental:description>`_
        Must consist of printable US-ASCII characters, optionally separated
        by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
        </gateway:experimental:description>

        <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesMatches",
    jsii_struct_bases=[],
    name_mapping={"headers": "headers"},
)
class AiGatewayRouteV1Beta1SpecRulesMatches:
    def __init__(
        self,
        *,
        headers: typing.Optional[typing.Sequence[typing.Union["AiGatewayRouteV1Beta1SpecRulesMatchesHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param headers: Headers specifies HTTP request header matchers. See HeaderMatch in the Gateway API for the details: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPHeaderMatch

        :schema: AiGatewayRouteV1Beta1SpecRulesMatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9d11d52b8ef72dfa2d7c8b66f6d51f8d45b1eb5e49bfc5e62a555282d24614b)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesMatchesHeaders"]]:
        '''Headers specifies HTTP request header matchers.

        See HeaderMatch in the Gateway API for the details:
        https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io%2fv1.HTTPHeaderMatch

        :schema: AiGatewayRouteV1Beta1SpecRulesMatches#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List["AiGatewayRouteV1Beta1SpecRulesMatchesHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesMatchesHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class AiGatewayRouteV1Beta1SpecRulesMatchesHeaders:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType"] = None,
    ) -> None:
        '''HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request headers.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, only the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent. When a header is repeated in an HTTP request, it is implementation-specific behavior as to how this is represented. Generally, proxies should follow the guidance from the RFC: https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding processing a repeated header, with special handling for "Set-Cookie".
        :param value: Value is the value of HTTP Header to be matched. `gateway:experimental:description <gateway:experimental:description>`_ Must consist of printable US-ASCII characters, optionally separated by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2 </gateway:experimental:description> <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>
        :param type: Type specifies how to match against the value of the header. Support: Core (Exact) Support: Implementation-specific (RegularExpression) Since RegularExpression HeaderMatchType has implementation-specific conformance, implementations can support POSIX, PCRE or any other dialects of regular expressions. Please read the implementation's documentation to determine the supported dialect.

        :schema: AiGatewayRouteV1Beta1SpecRulesMatchesHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ea785e49b8e735830e4a023bba334d0fd441c697c5b586fff40411aaecd9312)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, only the first
        entry with an equivalent name MUST be considered for a match. Subsequent
        entries with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        When a header is repeated in an HTTP request, it is
        implementation-specific behavior as to how this is represented.
        Generally, proxies should follow the guidance from the RFC:
        https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
        processing a repeated header, with special handling for "Set-Cookie".

        :schema: AiGatewayRouteV1Beta1SpecRulesMatchesHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        `gateway:experimental:description <gateway:experimental:description>`_
        Must consist of printable US-ASCII characters, optionally separated
        by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
        </gateway:experimental:description>

        <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiGatewayRouteV1Beta1SpecRulesMatchesHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType"]:
        '''Type specifies how to match against the value of the header.

        Support: Core (Exact)

        Support: Implementation-specific (RegularExpression)

        Since RegularExpression HeaderMatchType has implementation-specific
        conformance, implementations can support POSIX, PCRE or any other dialects
        of regular expressions. Please read the implementation's documentation to
        determine the supported dialect.

        :schema: AiGatewayRouteV1Beta1SpecRulesMatchesHeaders#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesMatchesHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType"
)
class AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType(enum.Enum):
    '''Type specifies how to match against the value of the header.

    Support: Core (Exact)

    Support: Implementation-specific (RegularExpression)

    Since RegularExpression HeaderMatchType has implementation-specific
    conformance, implementations can support POSIX, PCRE or any other dialects
    of regular expressions. Please read the implementation's documentation to
    determine the supported dialect.

    :schema: AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiGatewayRouteV1Beta1SpecRulesTimeouts",
    jsii_struct_bases=[],
    name_mapping={"backend_request": "backendRequest", "request": "request"},
)
class AiGatewayRouteV1Beta1SpecRulesTimeouts:
    def __init__(
        self,
        *,
        backend_request: typing.Optional[builtins.str] = None,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        If this field is not set, or the timeout.requestTimeout is nil, Envoy AI Gateway defaults to
        set 60s for the request timeout as opposed to 15s of the Envoy Gateway's default value.

        For streaming responses (like chat completions with stream=true), consider setting
        longer timeouts as the response may take time until the completion. Timeouts.Request
        acts as the maximum total time the gateway will wait for the entire response,
        including all streamed chunks.

        :param backend_request: BackendRequest specifies a timeout for an individual request from the gateway to a backend. This covers the time from when the request first starts being sent from the gateway to when the full response has been received from the backend. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. An entire client HTTP transaction with a gateway, covered by the Request timeout, may result in more than one call from the gateway to the destination backend, for example, if automatic retries are supported. The value of BackendRequest must be a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, its behavior is implementation-specific; when specified, the value of BackendRequest must be no more than the value of the Request timeout (since the Request timeout encompasses the BackendRequest timeout). Support: Extended
        :param request: Request specifies the maximum duration for a gateway to respond to an HTTP request. If the gateway has not been able to respond before this deadline is met, the gateway MUST return a timeout error. For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds to complete. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. This timeout is intended to cover as close to the whole request-response transaction as possible although an implementation MAY choose to start the timeout after the entire request stream has been received instead of immediately after the transaction is initiated by the client. The value of Request is a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, request timeout behavior is implementation-specific. Support: Extended

        :schema: AiGatewayRouteV1Beta1SpecRulesTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__418c6f28991affdf3b9e0a8aa73583756c9d759aab57750c8531cdab9a6954f5)
            check_type(argname="argument backend_request", value=backend_request, expected_type=type_hints["backend_request"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_request is not None:
            self._values["backend_request"] = backend_request
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def backend_request(self) -> typing.Optional[builtins.str]:
        '''BackendRequest specifies a timeout for an individual request from the gateway to a backend.

        This covers the time from when the request first starts being
        sent from the gateway to when the full response has been received from the backend.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        An entire client HTTP transaction with a gateway, covered by the Request timeout,
        may result in more than one call from the gateway to the destination backend,
        for example, if automatic retries are supported.

        The value of BackendRequest must be a Gateway API Duration string as defined by
        GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
        when specified, the value of BackendRequest must be no more than the value of the
        Request timeout (since the Request timeout encompasses the BackendRequest timeout).

        Support: Extended

        :schema: AiGatewayRouteV1Beta1SpecRulesTimeouts#backendRequest
        '''
        result = self._values.get("backend_request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''Request specifies the maximum duration for a gateway to respond to an HTTP request.

        If the gateway has not been able to respond before this deadline is met, the gateway
        MUST return a timeout error.

        For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an
        ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds
        to complete.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        This timeout is intended to cover as close to the whole request-response transaction
        as possible although an implementation MAY choose to start the timeout after the entire
        request stream has been received instead of immediately after the transaction is
        initiated by the client.

        The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
        field is unspecified, request timeout behavior is implementation-specific.

        Support: Extended

        :schema: AiGatewayRouteV1Beta1SpecRulesTimeouts#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiGatewayRouteV1Beta1SpecRulesTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AiServiceBackend(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioenvoyproxyaigateway.AiServiceBackend",
):
    '''AIServiceBackend is a resource that represents a single backend for AIGatewayRoute.

    A backend is a service that handles traffic with a concrete API specification.

    A AIServiceBackend is "attached" to a Backend which is either a k8s Service or a Backend resource of the Envoy Gateway.

    When a backend with an attached AIServiceBackend is used as a routing target in the AIGatewayRoute (more precisely, the
    HTTPRouteSpec defined in the AIGatewayRoute), the ai-gateway will generate the necessary configuration to do
    the backend specific logic in the final HTTPRoute.

    :schema: AIServiceBackend
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiServiceBackendSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "AIServiceBackend" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Spec defines the details of AIServiceBackend.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3270229bd37079d7c8305f3d775e9afc37b7acf3112d5cec3be366c73d3deedd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AiServiceBackendProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiServiceBackendSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AIServiceBackend".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Spec defines the details of AIServiceBackend.
        '''
        props = AiServiceBackendProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AIServiceBackend".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AiServiceBackendProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiServiceBackendSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AIServiceBackend is a resource that represents a single backend for AIGatewayRoute.

        A backend is a service that handles traffic with a concrete API specification.

        A AIServiceBackend is "attached" to a Backend which is either a k8s Service or a Backend resource of the Envoy Gateway.

        When a backend with an attached AIServiceBackend is used as a routing target in the AIGatewayRoute (more precisely, the
        HTTPRouteSpec defined in the AIGatewayRoute), the ai-gateway will generate the necessary configuration to do
        the backend specific logic in the final HTTPRoute.

        :param metadata: 
        :param spec: Spec defines the details of AIServiceBackend.

        :schema: AIServiceBackend
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = AiServiceBackendSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a43aad98d00120fc9b650138142a9fa6459985c91aacfdd78c6fc2aa39058ab1)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: AIServiceBackend#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["AiServiceBackendSpec"]:
        '''Spec defines the details of AIServiceBackend.

        :schema: AIServiceBackend#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["AiServiceBackendSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpec",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "schema": "schema",
        "body_mutation": "bodyMutation",
        "header_mutation": "headerMutation",
    },
)
class AiServiceBackendSpec:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["AiServiceBackendSpecBackendRef", typing.Dict[builtins.str, typing.Any]],
        schema: typing.Union["AiServiceBackendSpecSchema", typing.Dict[builtins.str, typing.Any]],
        body_mutation: typing.Optional[typing.Union["AiServiceBackendSpecBodyMutation", typing.Dict[builtins.str, typing.Any]]] = None,
        header_mutation: typing.Optional[typing.Union["AiServiceBackendSpecHeaderMutation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Spec defines the details of AIServiceBackend.

        :param backend_ref: BackendRef is the reference to the Backend resource that this AIServiceBackend corresponds to. A backend must be a Backend resource of Envoy Gateway. Note that k8s Service will be supported as a backend in the future. See https://github.com/envoyproxy/ai-gateway/issues/902 for more details. This is required to be set.
        :param schema: APISchema specifies the API schema of the output format of requests from Envoy that this AIServiceBackend can accept as incoming requests. Based on this schema, the ai-gateway will perform the necessary transformation for the pair of AIGatewayRouteSpec.APISchema and AIServiceBackendSpec.APISchema. This is required to be set.
        :param body_mutation: BodyMutation defines the mutation of HTTP request body JSON fields that will be applied to the request before sending it to the backend.
        :param header_mutation: HeaderMutation defines the mutation of HTTP headers that will be applied to the request before sending it to the backend.

        :schema: AiServiceBackendSpec
        '''
        if isinstance(backend_ref, dict):
            backend_ref = AiServiceBackendSpecBackendRef(**backend_ref)
        if isinstance(schema, dict):
            schema = AiServiceBackendSpecSchema(**schema)
        if isinstance(body_mutation, dict):
            body_mutation = AiServiceBackendSpecBodyMutation(**body_mutation)
        if isinstance(header_mutation, dict):
            header_mutation = AiServiceBackendSpecHeaderMutation(**header_mutation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2c11c8ca15faa9a3e40e161ee752a204facf83dc9b41383d6788f3bded804ee)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument schema", value=schema, expected_type=type_hints["schema"])
            check_type(argname="argument body_mutation", value=body_mutation, expected_type=type_hints["body_mutation"])
            check_type(argname="argument header_mutation", value=header_mutation, expected_type=type_hints["header_mutation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
            "schema": schema,
        }
        if body_mutation is not None:
            self._values["body_mutation"] = body_mutation
        if header_mutation is not None:
            self._values["header_mutation"] = header_mutation

    @builtins.property
    def backend_ref(self) -> "AiServiceBackendSpecBackendRef":
        '''BackendRef is the reference to the Backend resource that this AIServiceBackend corresponds to.

        A backend must be a Backend resource of Envoy Gateway. Note that k8s Service will be supported
        as a backend in the future. See https://github.com/envoyproxy/ai-gateway/issues/902 for more details.

        This is required to be set.

        :schema: AiServiceBackendSpec#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("AiServiceBackendSpecBackendRef", result)

    @builtins.property
    def schema(self) -> "AiServiceBackendSpecSchema":
        '''APISchema specifies the API schema of the output format of requests from Envoy that this AIServiceBackend can accept as incoming requests.

        Based on this schema, the ai-gateway will perform the necessary transformation for
        the pair of AIGatewayRouteSpec.APISchema and AIServiceBackendSpec.APISchema.

        This is required to be set.

        :schema: AiServiceBackendSpec#schema
        '''
        result = self._values.get("schema")
        assert result is not None, "Required property 'schema' is missing"
        return typing.cast("AiServiceBackendSpecSchema", result)

    @builtins.property
    def body_mutation(self) -> typing.Optional["AiServiceBackendSpecBodyMutation"]:
        '''BodyMutation defines the mutation of HTTP request body JSON fields that will be applied to the request before sending it to the backend.

        :schema: AiServiceBackendSpec#bodyMutation
        '''
        result = self._values.get("body_mutation")
        return typing.cast(typing.Optional["AiServiceBackendSpecBodyMutation"], result)

    @builtins.property
    def header_mutation(self) -> typing.Optional["AiServiceBackendSpecHeaderMutation"]:
        '''HeaderMutation defines the mutation of HTTP headers that will be applied to the request before sending it to the backend.

        :schema: AiServiceBackendSpec#headerMutation
        '''
        result = self._values.get("header_mutation")
        return typing.cast(typing.Optional["AiServiceBackendSpecHeaderMutation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpecBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class AiServiceBackendSpecBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''BackendRef is the reference to the Backend resource that this AIServiceBackend corresponds to.

        A backend must be a Backend resource of Envoy Gateway. Note that k8s Service will be supported
        as a backend in the future. See https://github.com/envoyproxy/ai-gateway/issues/902 for more details.

        This is required to be set.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.

        :schema: AiServiceBackendSpecBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90598b3f309b2551321a7bcfe80e32ab19654137ff83eb8b413067aa0c5445fc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: AiServiceBackendSpecBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: AiServiceBackendSpecBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: AiServiceBackendSpecBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: AiServiceBackendSpecBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: AiServiceBackendSpecBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendSpecBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpecBodyMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiServiceBackendSpecBodyMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiServiceBackendSpecBodyMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BodyMutation defines the mutation of HTTP request body JSON fields that will be applied to the request before sending it to the backend.

        :param remove: Remove the given JSON field(s) from the HTTP request body before sending to the backend. The value of Remove is a list of top-level field names to remove. Input: { "model": "gpt-4", "service_tier": "default", "internal_flag": true } Config: remove: ["service_tier", "internal_flag"] Output: { "model": "gpt-4" }
        :param set: Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend. Only top-level fields are currently supported. Input: { "model": "gpt-4", "service_tier": "default" } Config: set: - path: "service_tier" value: "scale" Output: { "model": "gpt-4", "service_tier": "scale" }

        :schema: AiServiceBackendSpecBodyMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b858e9b416dd2899e7368c01d9774d9b13c3adb88122719112be67c839029389)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given JSON field(s) from the HTTP request body before sending to the backend.

        The value of Remove is a list of top-level field names to remove.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default",
        "internal_flag": true
        }

        Config:
        remove: ["service_tier", "internal_flag"]

        Output:
        {
        "model": "gpt-4"
        }

        :schema: AiServiceBackendSpecBodyMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiServiceBackendSpecBodyMutationSet"]]:
        '''Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend.

        Only top-level fields are currently supported.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default"
        }

        Config:
        set:

        - path: "service_tier"
          value: "scale"

        Output:
        {
        "model": "gpt-4",
        "service_tier": "scale"
        }

        :schema: AiServiceBackendSpecBodyMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiServiceBackendSpecBodyMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendSpecBodyMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpecBodyMutationSet",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "value": "value"},
)
class AiServiceBackendSpecBodyMutationSet:
    def __init__(self, *, path: builtins.str, value: builtins.str) -> None:
        '''HTTPBodyField represents a JSON field name and value for body mutation.

        :param path: Path is the top-level field name to set in the request body. Examples: "service_tier", "max_tokens", "temperature"
        :param value: Value is the JSON value to set at the specified field. This can be any valid JSON value: string, number, boolean, object, array, or null. The value will be parsed as JSON and inserted at the specified field. Examples: - ""scale"" (string) - "42" (number) - "true" (boolean) - "{"key": "value"}" (object) - "[1, 2, 3]" (array) - "null" (null)

        :schema: AiServiceBackendSpecBodyMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__845b8c397cbc00bb89bb556fb975a6180948b7507343b470e8053681f66ab016)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "value": value,
        }

    @builtins.property
    def path(self) -> builtins.str:
        '''Path is the top-level field name to set in the request body.

        Examples: "service_tier", "max_tokens", "temperature"

        :schema: AiServiceBackendSpecBodyMutationSet#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the JSON value to set at the specified field.

        This can be any valid JSON value:
        string, number, boolean, object, array, or null.
        The value will be parsed as JSON and inserted at the specified field.

        Examples:

        - ""scale"" (string)
        - "42" (number)
        - "true" (boolean)
        - "{"key": "value"}" (object)
        - "[1, 2, 3]" (array)
        - "null" (null)

        :schema: AiServiceBackendSpecBodyMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendSpecBodyMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpecHeaderMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiServiceBackendSpecHeaderMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiServiceBackendSpecHeaderMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''HeaderMutation defines the mutation of HTTP headers that will be applied to the request before sending it to the backend.

        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites/adds the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: AiServiceBackendSpecHeaderMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47fb72b62b4aee7d21cb5b13d021eaed3f52ece21aee7240da2f8d197154d4c1)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: AiServiceBackendSpecHeaderMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiServiceBackendSpecHeaderMutationSet"]]:
        '''Set overwrites/adds the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: AiServiceBackendSpecHeaderMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiServiceBackendSpecHeaderMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendSpecHeaderMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpecHeaderMutationSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class AiServiceBackendSpecHeaderMutationSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched. `gateway:experimental:description <gateway:experimental:description>`_ Must consist of printable US-ASCII characters, optionally separated by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2 </gateway:experimental:description> <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiServiceBackendSpecHeaderMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3403c9c4d6e7cb9e9f9ddc3b612a5465578e97310ab3e6b5374aa1611694ecd)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: AiServiceBackendSpecHeaderMutationSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        `gateway:experimental:description <gateway:experimental:description>`_
        Must consist of printable US-ASCII characters, optionally separated
        by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
        </gateway:experimental:description>

        <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiServiceBackendSpecHeaderMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendSpecHeaderMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpecSchema",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "prefix": "prefix", "version": "version"},
)
class AiServiceBackendSpecSchema:
    def __init__(
        self,
        *,
        name: "AiServiceBackendSpecSchemaName",
        prefix: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''APISchema specifies the API schema of the output format of requests from Envoy that this AIServiceBackend can accept as incoming requests.

        Based on this schema, the ai-gateway will perform the necessary transformation for
        the pair of AIGatewayRouteSpec.APISchema and AIServiceBackendSpec.APISchema.

        This is required to be set.

        :param name: Name is the name of the API schema of the AIGatewayRoute or AIServiceBackend.
        :param prefix: Prefix is the prefix for the API. When the name is set to "OpenAI", "chat completions" API endpoint will be "${this_field}/chat/completions". When the name is set to "Anthropic", the "messages" API endpoint will be "${this_field}/messages". It can be with or without a leading slash ("/"). This field is ignored for AWSAnthropic and GCPAnthropic. This is especially useful when routing to a backend that has an OpenAI or Anthropic compatible API but has a different prefix. For example, Gemini OpenAI compatible API (https://ai.google.dev/gemini-api/docs/openai) uses "/v1beta/openai" prefix. Another example is that Cohere AI (https://docs.cohere.com/v2/docs/compatibility-api) uses "/compatibility/v1" prefix. On the other hand, DeepSeek (https://api-docs.deepseek.com/) doesn't use prefix, so you can leave this field unset. See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.
        :param version: Version is the version of the API schema. When the name is set to AzureOpenAI, this version maps to "API Version" in the Azure OpenAI API documentation (https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#rest-api-versioning). This field is ignored for OpenAI, AWSBedrock, GCPVertexAI, and Anthropic. For OpenAI and Anthropic, use prefix to configure custom request paths. See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.

        :schema: AiServiceBackendSpecSchema
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f32e72da1521007662268f70e1c50e386a1bf6b3b1a3c129319a0127b322b4a0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if prefix is not None:
            self._values["prefix"] = prefix
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def name(self) -> "AiServiceBackendSpecSchemaName":
        '''Name is the name of the API schema of the AIGatewayRoute or AIServiceBackend.

        :schema: AiServiceBackendSpecSchema#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast("AiServiceBackendSpecSchemaName", result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''Prefix is the prefix for the API.

        When the name is set to "OpenAI", "chat completions" API endpoint will be "${this_field}/chat/completions".
        When the name is set to "Anthropic", the "messages" API endpoint will be "${this_field}/messages".
        It can be with or without a leading slash ("/").
        This field is ignored for AWSAnthropic and GCPAnthropic.

        This is especially useful when routing to a backend that has an OpenAI or Anthropic compatible API but has a different
        prefix. For example, Gemini OpenAI compatible API (https://ai.google.dev/gemini-api/docs/openai) uses
        "/v1beta/openai" prefix. Another example is that Cohere AI (https://docs.cohere.com/v2/docs/compatibility-api)
        uses "/compatibility/v1" prefix. On the other hand, DeepSeek (https://api-docs.deepseek.com/) doesn't
        use prefix, so you can leave this field unset.

        See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.

        :schema: AiServiceBackendSpecSchema#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version is the version of the API schema.

        When the name is set to AzureOpenAI, this version maps to "API Version" in the
        Azure OpenAI API documentation (https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#rest-api-versioning).
        This field is ignored for OpenAI, AWSBedrock, GCPVertexAI, and Anthropic.
        For OpenAI and Anthropic, use prefix to configure custom request paths.

        See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.

        :schema: AiServiceBackendSpecSchema#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendSpecSchema(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioenvoyproxyaigateway.AiServiceBackendSpecSchemaName")
class AiServiceBackendSpecSchemaName(enum.Enum):
    '''Name is the name of the API schema of the AIGatewayRoute or AIServiceBackend.

    :schema: AiServiceBackendSpecSchemaName
    '''

    OPEN_AI = "OPEN_AI"
    '''OpenAI.'''
    COHERE = "COHERE"
    '''Cohere.'''
    AWS_BEDROCK = "AWS_BEDROCK"
    '''AWSBedrock.'''
    AZURE_OPEN_AI = "AZURE_OPEN_AI"
    '''AzureOpenAI.'''
    GCP_VERTEX_AI = "GCP_VERTEX_AI"
    '''GCPVertexAI.'''
    GCP_ANTHROPIC = "GCP_ANTHROPIC"
    '''GCPAnthropic.'''
    ANTHROPIC = "ANTHROPIC"
    '''Anthropic.'''
    AWS_ANTHROPIC = "AWS_ANTHROPIC"
    '''AWSAnthropic.'''


class AiServiceBackendV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1",
):
    '''AIServiceBackend is a resource that represents a single backend for AIGatewayRoute.

    A backend is a service that handles traffic with a concrete API specification.

    A AIServiceBackend is "attached" to a Backend which is either a k8s Service or a Backend resource of the Envoy Gateway.

    When a backend with an attached AIServiceBackend is used as a routing target in the AIGatewayRoute (more precisely, the
    HTTPRouteSpec defined in the AIGatewayRoute), the ai-gateway will generate the necessary configuration to do
    the backend specific logic in the final HTTPRoute.

    :schema: AIServiceBackendV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiServiceBackendV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "AIServiceBackendV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Spec defines the details of AIServiceBackend.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01b0cfa31f66aa8222945c5db129c3a306e603ca103c442d1a5aa3fc86d4965a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AiServiceBackendV1Beta1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiServiceBackendV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AIServiceBackendV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Spec defines the details of AIServiceBackend.
        '''
        props = AiServiceBackendV1Beta1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AIServiceBackendV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AiServiceBackendV1Beta1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AiServiceBackendV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AIServiceBackend is a resource that represents a single backend for AIGatewayRoute.

        A backend is a service that handles traffic with a concrete API specification.

        A AIServiceBackend is "attached" to a Backend which is either a k8s Service or a Backend resource of the Envoy Gateway.

        When a backend with an attached AIServiceBackend is used as a routing target in the AIGatewayRoute (more precisely, the
        HTTPRouteSpec defined in the AIGatewayRoute), the ai-gateway will generate the necessary configuration to do
        the backend specific logic in the final HTTPRoute.

        :param metadata: 
        :param spec: Spec defines the details of AIServiceBackend.

        :schema: AIServiceBackendV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = AiServiceBackendV1Beta1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__274a8da0e258c5680e9523edb27a615b51e197ba906d4b1c1e3be43bf4c6caab)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: AIServiceBackendV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["AiServiceBackendV1Beta1Spec"]:
        '''Spec defines the details of AIServiceBackend.

        :schema: AIServiceBackendV1Beta1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["AiServiceBackendV1Beta1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "schema": "schema",
        "body_mutation": "bodyMutation",
        "header_mutation": "headerMutation",
    },
)
class AiServiceBackendV1Beta1Spec:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["AiServiceBackendV1Beta1SpecBackendRef", typing.Dict[builtins.str, typing.Any]],
        schema: typing.Union["AiServiceBackendV1Beta1SpecSchema", typing.Dict[builtins.str, typing.Any]],
        body_mutation: typing.Optional[typing.Union["AiServiceBackendV1Beta1SpecBodyMutation", typing.Dict[builtins.str, typing.Any]]] = None,
        header_mutation: typing.Optional[typing.Union["AiServiceBackendV1Beta1SpecHeaderMutation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Spec defines the details of AIServiceBackend.

        :param backend_ref: BackendRef is the reference to the Backend resource that this AIServiceBackend corresponds to. A backend must be a Backend resource of Envoy Gateway. Note that k8s Service will be supported as a backend in the future. See https://github.com/envoyproxy/ai-gateway/issues/902 for more details. This is required to be set.
        :param schema: APISchema specifies the API schema of the output format of requests from Envoy that this AIServiceBackend can accept as incoming requests. Based on this schema, the ai-gateway will perform the necessary transformation for the pair of AIGatewayRouteSpec.APISchema and AIServiceBackendSpec.APISchema. This is required to be set.
        :param body_mutation: BodyMutation defines the mutation of HTTP request body JSON fields that will be applied to the request before sending it to the backend.
        :param header_mutation: HeaderMutation defines the mutation of HTTP headers that will be applied to the request before sending it to the backend.

        :schema: AiServiceBackendV1Beta1Spec
        '''
        if isinstance(backend_ref, dict):
            backend_ref = AiServiceBackendV1Beta1SpecBackendRef(**backend_ref)
        if isinstance(schema, dict):
            schema = AiServiceBackendV1Beta1SpecSchema(**schema)
        if isinstance(body_mutation, dict):
            body_mutation = AiServiceBackendV1Beta1SpecBodyMutation(**body_mutation)
        if isinstance(header_mutation, dict):
            header_mutation = AiServiceBackendV1Beta1SpecHeaderMutation(**header_mutation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef4640913c3cb110f1a4d2e90671fe944f57053efc1040bc4c31fdbfa10b7d94)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument schema", value=schema, expected_type=type_hints["schema"])
            check_type(argname="argument body_mutation", value=body_mutation, expected_type=type_hints["body_mutation"])
            check_type(argname="argument header_mutation", value=header_mutation, expected_type=type_hints["header_mutation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
            "schema": schema,
        }
        if body_mutation is not None:
            self._values["body_mutation"] = body_mutation
        if header_mutation is not None:
            self._values["header_mutation"] = header_mutation

    @builtins.property
    def backend_ref(self) -> "AiServiceBackendV1Beta1SpecBackendRef":
        '''BackendRef is the reference to the Backend resource that this AIServiceBackend corresponds to.

        A backend must be a Backend resource of Envoy Gateway. Note that k8s Service will be supported
        as a backend in the future. See https://github.com/envoyproxy/ai-gateway/issues/902 for more details.

        This is required to be set.

        :schema: AiServiceBackendV1Beta1Spec#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("AiServiceBackendV1Beta1SpecBackendRef", result)

    @builtins.property
    def schema(self) -> "AiServiceBackendV1Beta1SpecSchema":
        '''APISchema specifies the API schema of the output format of requests from Envoy that this AIServiceBackend can accept as incoming requests.

        Based on this schema, the ai-gateway will perform the necessary transformation for
        the pair of AIGatewayRouteSpec.APISchema and AIServiceBackendSpec.APISchema.

        This is required to be set.

        :schema: AiServiceBackendV1Beta1Spec#schema
        '''
        result = self._values.get("schema")
        assert result is not None, "Required property 'schema' is missing"
        return typing.cast("AiServiceBackendV1Beta1SpecSchema", result)

    @builtins.property
    def body_mutation(
        self,
    ) -> typing.Optional["AiServiceBackendV1Beta1SpecBodyMutation"]:
        '''BodyMutation defines the mutation of HTTP request body JSON fields that will be applied to the request before sending it to the backend.

        :schema: AiServiceBackendV1Beta1Spec#bodyMutation
        '''
        result = self._values.get("body_mutation")
        return typing.cast(typing.Optional["AiServiceBackendV1Beta1SpecBodyMutation"], result)

    @builtins.property
    def header_mutation(
        self,
    ) -> typing.Optional["AiServiceBackendV1Beta1SpecHeaderMutation"]:
        '''HeaderMutation defines the mutation of HTTP headers that will be applied to the request before sending it to the backend.

        :schema: AiServiceBackendV1Beta1Spec#headerMutation
        '''
        result = self._values.get("header_mutation")
        return typing.cast(typing.Optional["AiServiceBackendV1Beta1SpecHeaderMutation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1SpecBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class AiServiceBackendV1Beta1SpecBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''BackendRef is the reference to the Backend resource that this AIServiceBackend corresponds to.

        A backend must be a Backend resource of Envoy Gateway. Note that k8s Service will be supported
        as a backend in the future. See https://github.com/envoyproxy/ai-gateway/issues/902 for more details.

        This is required to be set.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.

        :schema: AiServiceBackendV1Beta1SpecBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8ee8b1b69ab1db4bccda526c1ab7c8978f10a7b464257010a52850a46caffe4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: AiServiceBackendV1Beta1SpecBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: AiServiceBackendV1Beta1SpecBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: AiServiceBackendV1Beta1SpecBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: AiServiceBackendV1Beta1SpecBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: AiServiceBackendV1Beta1SpecBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1SpecBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1SpecBodyMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiServiceBackendV1Beta1SpecBodyMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiServiceBackendV1Beta1SpecBodyMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BodyMutation defines the mutation of HTTP request body JSON fields that will be applied to the request before sending it to the backend.

        :param remove: Remove the given JSON field(s) from the HTTP request body before sending to the backend. The value of Remove is a list of top-level field names to remove. Input: { "model": "gpt-4", "service_tier": "default", "internal_flag": true } Config: remove: ["service_tier", "internal_flag"] Output: { "model": "gpt-4" }
        :param set: Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend. Only top-level fields are currently supported. Input: { "model": "gpt-4", "service_tier": "default" } Config: set: - path: "service_tier" value: "scale" Output: { "model": "gpt-4", "service_tier": "scale" }

        :schema: AiServiceBackendV1Beta1SpecBodyMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0504db36f6a2cfce3f49925fe6482b110e7eddb954a2dafa6e00f5fb3f395892)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given JSON field(s) from the HTTP request body before sending to the backend.

        The value of Remove is a list of top-level field names to remove.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default",
        "internal_flag": true
        }

        Config:
        remove: ["service_tier", "internal_flag"]

        Output:
        {
        "model": "gpt-4"
        }

        :schema: AiServiceBackendV1Beta1SpecBodyMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiServiceBackendV1Beta1SpecBodyMutationSet"]]:
        '''Set overwrites/adds the request body with the given JSON field (name, value) before sending to the backend.

        Only top-level fields are currently supported.

        Input:
        {
        "model": "gpt-4",
        "service_tier": "default"
        }

        Config:
        set:

        - path: "service_tier"
          value: "scale"

        Output:
        {
        "model": "gpt-4",
        "service_tier": "scale"
        }

        :schema: AiServiceBackendV1Beta1SpecBodyMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiServiceBackendV1Beta1SpecBodyMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1SpecBodyMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1SpecBodyMutationSet",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "value": "value"},
)
class AiServiceBackendV1Beta1SpecBodyMutationSet:
    def __init__(self, *, path: builtins.str, value: builtins.str) -> None:
        '''HTTPBodyField represents a JSON field name and value for body mutation.

        :param path: Path is the top-level field name to set in the request body. Examples: "service_tier", "max_tokens", "temperature"
        :param value: Value is the JSON value to set at the specified field. This can be any valid JSON value: string, number, boolean, object, array, or null. The value will be parsed as JSON and inserted at the specified field. Examples: - ""scale"" (string) - "42" (number) - "true" (boolean) - "{"key": "value"}" (object) - "[1, 2, 3]" (array) - "null" (null)

        :schema: AiServiceBackendV1Beta1SpecBodyMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c58d475721d73a56bb980d55be255a62afee97ca233a16cbf611016ad4164d57)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "value": value,
        }

    @builtins.property
    def path(self) -> builtins.str:
        '''Path is the top-level field name to set in the request body.

        Examples: "service_tier", "max_tokens", "temperature"

        :schema: AiServiceBackendV1Beta1SpecBodyMutationSet#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the JSON value to set at the specified field.

        This can be any valid JSON value:
        string, number, boolean, object, array, or null.
        The value will be parsed as JSON and inserted at the specified field.

        Examples:

        - ""scale"" (string)
        - "42" (number)
        - "true" (boolean)
        - "{"key": "value"}" (object)
        - "[1, 2, 3]" (array)
        - "null" (null)

        :schema: AiServiceBackendV1Beta1SpecBodyMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1SpecBodyMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1SpecHeaderMutation",
    jsii_struct_bases=[],
    name_mapping={"remove": "remove", "set": "set"},
)
class AiServiceBackendV1Beta1SpecHeaderMutation:
    def __init__(
        self,
        *,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["AiServiceBackendV1Beta1SpecHeaderMutationSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''HeaderMutation defines the mutation of HTTP headers that will be applied to the request before sending it to the backend.

        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites/adds the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: AiServiceBackendV1Beta1SpecHeaderMutation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ceac3dc286d27a745d5d63f219f97ff623bebc5eb75f124d5bc8e41e5b2897dd)
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: AiServiceBackendV1Beta1SpecHeaderMutation#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["AiServiceBackendV1Beta1SpecHeaderMutationSet"]]:
        '''Set overwrites/adds the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: AiServiceBackendV1Beta1SpecHeaderMutation#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["AiServiceBackendV1Beta1SpecHeaderMutationSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1SpecHeaderMutation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1SpecHeaderMutationSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class AiServiceBackendV1Beta1SpecHeaderMutationSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched. `gateway:experimental:description <gateway:experimental:description>`_ Must consist of printable US-ASCII characters, optionally separated by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2 </gateway:experimental:description> <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiServiceBackendV1Beta1SpecHeaderMutationSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79d8bcefd248b8109d633c3af0deffeb45ab6d12c8a3cd67a84c5336087353a9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: AiServiceBackendV1Beta1SpecHeaderMutationSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        `gateway:experimental:description <gateway:experimental:description>`_
        Must consist of printable US-ASCII characters, optionally separated
        by single tabs or spaces. See: https://tools.ietf.org/html/rfc7230#section-3.2
        </gateway:experimental:description>

        <gateway:experimental:validation:Pattern=``^[!-~]+([\\t ]?[!-~]+)*$``>

        :schema: AiServiceBackendV1Beta1SpecHeaderMutationSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1SpecHeaderMutationSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1SpecSchema",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "prefix": "prefix", "version": "version"},
)
class AiServiceBackendV1Beta1SpecSchema:
    def __init__(
        self,
        *,
        name: "AiServiceBackendV1Beta1SpecSchemaName",
        prefix: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''APISchema specifies the API schema of the output format of requests from Envoy that this AIServiceBackend can accept as incoming requests.

        Based on this schema, the ai-gateway will perform the necessary transformation for
        the pair of AIGatewayRouteSpec.APISchema and AIServiceBackendSpec.APISchema.

        This is required to be set.

        :param name: Name is the name of the API schema of the AIGatewayRoute or AIServiceBackend.
        :param prefix: Prefix is the prefix for the API. When the name is set to "OpenAI", "chat completions" API endpoint will be "${this_field}/chat/completions". When the name is set to "Anthropic", the "messages" API endpoint will be "${this_field}/messages". It can be with or without a leading slash ("/"). This field is ignored for AWSAnthropic and GCPAnthropic. This is especially useful when routing to a backend that has an OpenAI or Anthropic compatible API but has a different prefix. For example, Gemini OpenAI compatible API (https://ai.google.dev/gemini-api/docs/openai) uses "/v1beta/openai" prefix. Another example is that Cohere AI (https://docs.cohere.com/v2/docs/compatibility-api) uses "/compatibility/v1" prefix. On the other hand, DeepSeek (https://api-docs.deepseek.com/) doesn't use prefix, so you can leave this field unset. See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.
        :param version: Version is the version of the API schema. When the name is set to AzureOpenAI, this version maps to "API Version" in the Azure OpenAI API documentation (https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#rest-api-versioning). This field is ignored for OpenAI, AWSBedrock, GCPVertexAI, and Anthropic. For OpenAI and Anthropic, use prefix to configure custom request paths. See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.

        :schema: AiServiceBackendV1Beta1SpecSchema
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__915c03fdd321d95971d013ddf59a469b86a487c785e4aeca30bdad5fd22321f2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if prefix is not None:
            self._values["prefix"] = prefix
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def name(self) -> "AiServiceBackendV1Beta1SpecSchemaName":
        '''Name is the name of the API schema of the AIGatewayRoute or AIServiceBackend.

        :schema: AiServiceBackendV1Beta1SpecSchema#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast("AiServiceBackendV1Beta1SpecSchemaName", result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''Prefix is the prefix for the API.

        When the name is set to "OpenAI", "chat completions" API endpoint will be "${this_field}/chat/completions".
        When the name is set to "Anthropic", the "messages" API endpoint will be "${this_field}/messages".
        It can be with or without a leading slash ("/").
        This field is ignored for AWSAnthropic and GCPAnthropic.

        This is especially useful when routing to a backend that has an OpenAI or Anthropic compatible API but has a different
        prefix. For example, Gemini OpenAI compatible API (https://ai.google.dev/gemini-api/docs/openai) uses
        "/v1beta/openai" prefix. Another example is that Cohere AI (https://docs.cohere.com/v2/docs/compatibility-api)
        uses "/compatibility/v1" prefix. On the other hand, DeepSeek (https://api-docs.deepseek.com/) doesn't
        use prefix, so you can leave this field unset.

        See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.

        :schema: AiServiceBackendV1Beta1SpecSchema#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version is the version of the API schema.

        When the name is set to AzureOpenAI, this version maps to "API Version" in the
        Azure OpenAI API documentation (https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#rest-api-versioning).
        This field is ignored for OpenAI, AWSBedrock, GCPVertexAI, and Anthropic.
        For OpenAI and Anthropic, use prefix to configure custom request paths.

        See https://aigateway.envoyproxy.io/docs/capabilities/llm-integrations/supported-providers for details.

        :schema: AiServiceBackendV1Beta1SpecSchema#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AiServiceBackendV1Beta1SpecSchema(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioenvoyproxyaigateway.AiServiceBackendV1Beta1SpecSchemaName")
class AiServiceBackendV1Beta1SpecSchemaName(enum.Enum):
    '''Name is the name of the API schema of the AIGatewayRoute or AIServiceBackend.

    :schema: AiServiceBackendV1Beta1SpecSchemaName
    '''

    OPEN_AI = "OPEN_AI"
    '''OpenAI.'''
    COHERE = "COHERE"
    '''Cohere.'''
    AWS_BEDROCK = "AWS_BEDROCK"
    '''AWSBedrock.'''
    AZURE_OPEN_AI = "AZURE_OPEN_AI"
    '''AzureOpenAI.'''
    GCP_VERTEX_AI = "GCP_VERTEX_AI"
    '''GCPVertexAI.'''
    GCP_ANTHROPIC = "GCP_ANTHROPIC"
    '''GCPAnthropic.'''
    ANTHROPIC = "ANTHROPIC"
    '''Anthropic.'''
    AWS_ANTHROPIC = "AWS_ANTHROPIC"
    '''AWSAnthropic.'''


__all__ = [
    "AiGatewayRoute",
    "AiGatewayRouteProps",
    "AiGatewayRouteSpec",
    "AiGatewayRouteSpecLlmRequestCosts",
    "AiGatewayRouteSpecLlmRequestCostsType",
    "AiGatewayRouteSpecParentRefs",
    "AiGatewayRouteSpecRules",
    "AiGatewayRouteSpecRulesBackendRefs",
    "AiGatewayRouteSpecRulesBackendRefsBodyMutation",
    "AiGatewayRouteSpecRulesBackendRefsBodyMutationSet",
    "AiGatewayRouteSpecRulesBackendRefsHeaderMutation",
    "AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet",
    "AiGatewayRouteSpecRulesMatches",
    "AiGatewayRouteSpecRulesMatchesHeaders",
    "AiGatewayRouteSpecRulesMatchesHeadersType",
    "AiGatewayRouteSpecRulesTimeouts",
    "AiGatewayRouteV1Beta1",
    "AiGatewayRouteV1Beta1Props",
    "AiGatewayRouteV1Beta1Spec",
    "AiGatewayRouteV1Beta1SpecLlmRequestCosts",
    "AiGatewayRouteV1Beta1SpecLlmRequestCostsType",
    "AiGatewayRouteV1Beta1SpecParentRefs",
    "AiGatewayRouteV1Beta1SpecRules",
    "AiGatewayRouteV1Beta1SpecRulesBackendRefs",
    "AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation",
    "AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet",
    "AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation",
    "AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet",
    "AiGatewayRouteV1Beta1SpecRulesMatches",
    "AiGatewayRouteV1Beta1SpecRulesMatchesHeaders",
    "AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType",
    "AiGatewayRouteV1Beta1SpecRulesTimeouts",
    "AiServiceBackend",
    "AiServiceBackendProps",
    "AiServiceBackendSpec",
    "AiServiceBackendSpecBackendRef",
    "AiServiceBackendSpecBodyMutation",
    "AiServiceBackendSpecBodyMutationSet",
    "AiServiceBackendSpecHeaderMutation",
    "AiServiceBackendSpecHeaderMutationSet",
    "AiServiceBackendSpecSchema",
    "AiServiceBackendSpecSchemaName",
    "AiServiceBackendV1Beta1",
    "AiServiceBackendV1Beta1Props",
    "AiServiceBackendV1Beta1Spec",
    "AiServiceBackendV1Beta1SpecBackendRef",
    "AiServiceBackendV1Beta1SpecBodyMutation",
    "AiServiceBackendV1Beta1SpecBodyMutationSet",
    "AiServiceBackendV1Beta1SpecHeaderMutation",
    "AiServiceBackendV1Beta1SpecHeaderMutationSet",
    "AiServiceBackendV1Beta1SpecSchema",
    "AiServiceBackendV1Beta1SpecSchemaName",
]

publication.publish()

def _typecheckingstub__466a65abf04a900341b0531f63461a75b71589aa464a4b2d6eb2bce39721b539(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiGatewayRouteSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__969249440253dc822e4c55f9f1b2a1b49df1ab161ea76403196b1697862f5756(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiGatewayRouteSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c27854126e0d59a5dde91b23530b1a4e116045de6b0bacd0ad096bcb4df3ab94(
    *,
    rules: typing.Sequence[typing.Union[AiGatewayRouteSpecRules, typing.Dict[builtins.str, typing.Any]]],
    hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
    llm_request_costs: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteSpecLlmRequestCosts, typing.Dict[builtins.str, typing.Any]]]] = None,
    parent_refs: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteSpecParentRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c54f2cc12ae7e025450d2147fe926101f29aa41d4bf40ea19e0457625d49ae57(
    *,
    metadata_key: builtins.str,
    type: AiGatewayRouteSpecLlmRequestCostsType,
    cel: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__132257401f697b27f0799b6f35a4bc442908df8cc26494132f716badfa601541(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__841bdc63ea2980901b030838ddd46df68e2445c5d2f308a17960e0c653620176(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteSpecRulesBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    matches: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteSpecRulesMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    models_created_at: typing.Optional[datetime.datetime] = None,
    models_owned_by: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    stream_idle_timeout: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[AiGatewayRouteSpecRulesTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bbf9806f98afac2fd3465c883e3f79a1bf4327490b1e79978e3f5e0c7ce75aa(
    *,
    name: builtins.str,
    body_mutation: typing.Optional[typing.Union[AiGatewayRouteSpecRulesBackendRefsBodyMutation, typing.Dict[builtins.str, typing.Any]]] = None,
    group: typing.Optional[builtins.str] = None,
    header_mutation: typing.Optional[typing.Union[AiGatewayRouteSpecRulesBackendRefsHeaderMutation, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[builtins.str] = None,
    model_name_override: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__406e25f5e543a37ecd2773526019216e6bd5437d95bfb3e9de836874e2a6fcef(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteSpecRulesBackendRefsBodyMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af8b4278df659cc4aa351692c6e2e511198217923fc70a6793ada614c32b8127(
    *,
    path: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1e2fd99acbed28ab4bc602f647044ce50c20be04a360deba543c494b74f11f2(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteSpecRulesBackendRefsHeaderMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__338f2383f8b955d0d633d2966ca1361b735aedbdbfa4bd217d9e3fe2d7641e64(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b08556121293a35cc058dc7f1e46ec4ec646e5ab83e99f9102cf752b6b2a0560(
    *,
    headers: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteSpecRulesMatchesHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__293d33e29cf16bb24935cfeba5f9841393dfc0dc5502e506d49688cbf3c9ca18(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[AiGatewayRouteSpecRulesMatchesHeadersType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d978bda485e94000040bedc451bdecc6d85639c2529f11ee2bb51ab841730c1e(
    *,
    backend_request: typing.Optional[builtins.str] = None,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b872fa26fb18d9abc817a8d2e95958763dcbcc4f7dd57d80bd654f82626f096f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiGatewayRouteV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__723622ddbbad5df7fcb0446847f4fdd361f94533adf7ea106be43fc763a8d0f4(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiGatewayRouteV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6c469714ca9d7c6062478d849279553390f5768aa4a509732c577e438971e93(
    *,
    rules: typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecRules, typing.Dict[builtins.str, typing.Any]]],
    hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
    llm_request_costs: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecLlmRequestCosts, typing.Dict[builtins.str, typing.Any]]]] = None,
    parent_refs: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecParentRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f2114de0c4f9cd34aa297ae2bc41bcaa7b9da38829a4040325fce81a86516ba(
    *,
    metadata_key: builtins.str,
    type: AiGatewayRouteV1Beta1SpecLlmRequestCostsType,
    cel: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af1e7acea6b1001905fbff4993818390774ffd58976f6f6b242f1a5ff3cae2f7(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c73c889367e749e8690581d7e6f90620e82309f5bf2690ede8f344bb4497e7d(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecRulesBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    matches: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecRulesMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    models_created_at: typing.Optional[datetime.datetime] = None,
    models_owned_by: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    stream_idle_timeout: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[AiGatewayRouteV1Beta1SpecRulesTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d3406d8b3f7af9f07e9cec9e4482faebd0a04521fb8e2755646f2d52de9e3cb(
    *,
    name: builtins.str,
    body_mutation: typing.Optional[typing.Union[AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutation, typing.Dict[builtins.str, typing.Any]]] = None,
    group: typing.Optional[builtins.str] = None,
    header_mutation: typing.Optional[typing.Union[AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutation, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[builtins.str] = None,
    model_name_override: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7572c72385fd2ec0279936955d9abe8aeec89d5345a4e7e6caa99064f011599e(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecRulesBackendRefsBodyMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79dd9679675b50b8b4e27c25690efb61c4ccce42e2cabae234f2b3b2f174a7dc(
    *,
    path: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e662f3be2861376926aec4c66c3c7bf9fdf3abbec3188ceb88c6dffc047829f7(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecRulesBackendRefsHeaderMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e82d804b619cb5c8dab35915bdee5668ca84470afb109151c169a6e929b70bf1(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9d11d52b8ef72dfa2d7c8b66f6d51f8d45b1eb5e49bfc5e62a555282d24614b(
    *,
    headers: typing.Optional[typing.Sequence[typing.Union[AiGatewayRouteV1Beta1SpecRulesMatchesHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ea785e49b8e735830e4a023bba334d0fd441c697c5b586fff40411aaecd9312(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__418c6f28991affdf3b9e0a8aa73583756c9d759aab57750c8531cdab9a6954f5(
    *,
    backend_request: typing.Optional[builtins.str] = None,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3270229bd37079d7c8305f3d775e9afc37b7acf3112d5cec3be366c73d3deedd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiServiceBackendSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a43aad98d00120fc9b650138142a9fa6459985c91aacfdd78c6fc2aa39058ab1(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiServiceBackendSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2c11c8ca15faa9a3e40e161ee752a204facf83dc9b41383d6788f3bded804ee(
    *,
    backend_ref: typing.Union[AiServiceBackendSpecBackendRef, typing.Dict[builtins.str, typing.Any]],
    schema: typing.Union[AiServiceBackendSpecSchema, typing.Dict[builtins.str, typing.Any]],
    body_mutation: typing.Optional[typing.Union[AiServiceBackendSpecBodyMutation, typing.Dict[builtins.str, typing.Any]]] = None,
    header_mutation: typing.Optional[typing.Union[AiServiceBackendSpecHeaderMutation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90598b3f309b2551321a7bcfe80e32ab19654137ff83eb8b413067aa0c5445fc(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b858e9b416dd2899e7368c01d9774d9b13c3adb88122719112be67c839029389(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiServiceBackendSpecBodyMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__845b8c397cbc00bb89bb556fb975a6180948b7507343b470e8053681f66ab016(
    *,
    path: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47fb72b62b4aee7d21cb5b13d021eaed3f52ece21aee7240da2f8d197154d4c1(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiServiceBackendSpecHeaderMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3403c9c4d6e7cb9e9f9ddc3b612a5465578e97310ab3e6b5374aa1611694ecd(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f32e72da1521007662268f70e1c50e386a1bf6b3b1a3c129319a0127b322b4a0(
    *,
    name: AiServiceBackendSpecSchemaName,
    prefix: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01b0cfa31f66aa8222945c5db129c3a306e603ca103c442d1a5aa3fc86d4965a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiServiceBackendV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__274a8da0e258c5680e9523edb27a615b51e197ba906d4b1c1e3be43bf4c6caab(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AiServiceBackendV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef4640913c3cb110f1a4d2e90671fe944f57053efc1040bc4c31fdbfa10b7d94(
    *,
    backend_ref: typing.Union[AiServiceBackendV1Beta1SpecBackendRef, typing.Dict[builtins.str, typing.Any]],
    schema: typing.Union[AiServiceBackendV1Beta1SpecSchema, typing.Dict[builtins.str, typing.Any]],
    body_mutation: typing.Optional[typing.Union[AiServiceBackendV1Beta1SpecBodyMutation, typing.Dict[builtins.str, typing.Any]]] = None,
    header_mutation: typing.Optional[typing.Union[AiServiceBackendV1Beta1SpecHeaderMutation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8ee8b1b69ab1db4bccda526c1ab7c8978f10a7b464257010a52850a46caffe4(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0504db36f6a2cfce3f49925fe6482b110e7eddb954a2dafa6e00f5fb3f395892(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiServiceBackendV1Beta1SpecBodyMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c58d475721d73a56bb980d55be255a62afee97ca233a16cbf611016ad4164d57(
    *,
    path: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ceac3dc286d27a745d5d63f219f97ff623bebc5eb75f124d5bc8e41e5b2897dd(
    *,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[AiServiceBackendV1Beta1SpecHeaderMutationSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79d8bcefd248b8109d633c3af0deffeb45ab6d12c8a3cd67a84c5336087353a9(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__915c03fdd321d95971d013ddf59a469b86a487c785e4aeca30bdad5fd22321f2(
    *,
    name: AiServiceBackendV1Beta1SpecSchemaName,
    prefix: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
