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


class InferencePool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iok8snetworkinginference.InferencePool",
):
    '''InferencePool is the Schema for the InferencePools API.

    :schema: InferencePool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "InferencePool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of the InferencePool.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb195daeb4331fd2d7c01de1327bbcf290216eb63d880a1a77b56f33ea8a1794)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = InferencePoolProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "InferencePool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of the InferencePool.
        :param metadata: 
        '''
        props = InferencePoolProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "InferencePool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iok8snetworkinginference.InferencePoolProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InferencePoolProps:
    def __init__(
        self,
        *,
        spec: typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''InferencePool is the Schema for the InferencePools API.

        :param spec: Spec defines the desired state of the InferencePool.
        :param metadata: 

        :schema: InferencePool
        '''
        if isinstance(spec, dict):
            spec = InferencePoolSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0fd7a4b41ff1a1e2f28e94d5cb5ae485cbd1c9ab4fa6f9d594817a705bea196a)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InferencePoolSpec":
        '''Spec defines the desired state of the InferencePool.

        :schema: InferencePool#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InferencePoolSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: InferencePool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8snetworkinginference.InferencePoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "selector": "selector",
        "target_ports": "targetPorts",
        "app_protocol": "appProtocol",
        "endpoint_picker_ref": "endpointPickerRef",
    },
)
class InferencePoolSpec:
    def __init__(
        self,
        *,
        selector: typing.Union["InferencePoolSpecSelector", typing.Dict[builtins.str, typing.Any]],
        target_ports: typing.Sequence[typing.Union["InferencePoolSpecTargetPorts", typing.Dict[builtins.str, typing.Any]]],
        app_protocol: typing.Optional["InferencePoolSpecAppProtocol"] = None,
        endpoint_picker_ref: typing.Optional[typing.Union["InferencePoolSpecEndpointPickerRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Spec defines the desired state of the InferencePool.

        :param selector: Selector determines which Pods are members of this inference pool. It matches Pods by their labels only within the same namespace; cross-namespace selection is not supported. The structure of this LabelSelector is intentionally simple to be compatible with Kubernetes Service selectors, as some implementations may translate this configuration into a Service resource.
        :param target_ports: TargetPorts defines a list of ports that are exposed by this InferencePool. Every port will be treated as a distinctive endpoint by EPP, addressable as a 'podIP:portNumber' combination.
        :param app_protocol: AppProtocol describes the application protocol for all the target ports. If unspecified, the protocol defaults to HTTP/1.1. Supported values include: - "http": HTTP/1.1. This is the default. - "kubernetes.io/h2c": HTTP/2 over cleartext.
        :param endpoint_picker_ref: EndpointPickerRef is a reference to the Endpoint Picker extension and its associated configuration.

        :schema: InferencePoolSpec
        '''
        if isinstance(selector, dict):
            selector = InferencePoolSpecSelector(**selector)
        if isinstance(endpoint_picker_ref, dict):
            endpoint_picker_ref = InferencePoolSpecEndpointPickerRef(**endpoint_picker_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08da9b29326bf98d71b77ef020dddc363ad1e8d1e7aa60b02a5b23f65d89d109)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument target_ports", value=target_ports, expected_type=type_hints["target_ports"])
            check_type(argname="argument app_protocol", value=app_protocol, expected_type=type_hints["app_protocol"])
            check_type(argname="argument endpoint_picker_ref", value=endpoint_picker_ref, expected_type=type_hints["endpoint_picker_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "selector": selector,
            "target_ports": target_ports,
        }
        if app_protocol is not None:
            self._values["app_protocol"] = app_protocol
        if endpoint_picker_ref is not None:
            self._values["endpoint_picker_ref"] = endpoint_picker_ref

    @builtins.property
    def selector(self) -> "InferencePoolSpecSelector":
        '''Selector determines which Pods are members of this inference pool.

        It matches Pods by their labels only within the same namespace; cross-namespace
        selection is not supported.

        The structure of this LabelSelector is intentionally simple to be compatible
        with Kubernetes Service selectors, as some implementations may translate
        this configuration into a Service resource.

        :schema: InferencePoolSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("InferencePoolSpecSelector", result)

    @builtins.property
    def target_ports(self) -> typing.List["InferencePoolSpecTargetPorts"]:
        '''TargetPorts defines a list of ports that are exposed by this InferencePool.

        Every port will be treated as a distinctive endpoint by EPP,
        addressable as a 'podIP:portNumber' combination.

        :schema: InferencePoolSpec#targetPorts
        '''
        result = self._values.get("target_ports")
        assert result is not None, "Required property 'target_ports' is missing"
        return typing.cast(typing.List["InferencePoolSpecTargetPorts"], result)

    @builtins.property
    def app_protocol(self) -> typing.Optional["InferencePoolSpecAppProtocol"]:
        '''AppProtocol describes the application protocol for all the target ports.

        If unspecified, the protocol defaults to HTTP/1.1.

        Supported values include:

        - "http": HTTP/1.1. This is the default.
        - "kubernetes.io/h2c": HTTP/2 over cleartext.

        :schema: InferencePoolSpec#appProtocol
        '''
        result = self._values.get("app_protocol")
        return typing.cast(typing.Optional["InferencePoolSpecAppProtocol"], result)

    @builtins.property
    def endpoint_picker_ref(
        self,
    ) -> typing.Optional["InferencePoolSpecEndpointPickerRef"]:
        '''EndpointPickerRef is a reference to the Endpoint Picker extension and its associated configuration.

        :schema: InferencePoolSpec#endpointPickerRef
        '''
        result = self._values.get("endpoint_picker_ref")
        return typing.cast(typing.Optional["InferencePoolSpecEndpointPickerRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iok8snetworkinginference.InferencePoolSpecAppProtocol")
class InferencePoolSpecAppProtocol(enum.Enum):
    '''AppProtocol describes the application protocol for all the target ports.

    If unspecified, the protocol defaults to HTTP/1.1.

    Supported values include:

    - "http": HTTP/1.1. This is the default.
    - "kubernetes.io/h2c": HTTP/2 over cleartext.

    :schema: InferencePoolSpecAppProtocol
    '''

    HTTP = "HTTP"
    '''http.'''
    KUBERNETES_PERIOD_IO_FORWARD_SLASH_H2C = "KUBERNETES_PERIOD_IO_FORWARD_SLASH_H2C"
    '''kubernetes.io/h2c.'''


@jsii.data_type(
    jsii_type="iok8snetworkinginference.InferencePoolSpecEndpointPickerRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "failure_mode": "failureMode",
        "group": "group",
        "kind": "kind",
        "port": "port",
    },
)
class InferencePoolSpecEndpointPickerRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        failure_mode: typing.Optional["InferencePoolSpecEndpointPickerRefFailureMode"] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        port: typing.Optional[typing.Union["InferencePoolSpecEndpointPickerRefPort", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EndpointPickerRef is a reference to the Endpoint Picker extension and its associated configuration.

        :param name: Name is the name of the referent API object.
        :param failure_mode: FailureMode configures how the parent handles the case when the Endpoint Picker extension is non-responsive. When unspecified, defaults to "FailClose".
        :param group: Group is the group of the referent API object. When unspecified, the default value is "", representing the Core API group.
        :param kind: Kind is the Kubernetes resource kind of the referent. Required if the referent is ambiguous, e.g. service with multiple ports. Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations MUST NOT support ExternalName Services. Default: Service" when not specified.
        :param port: Port is the port of the Endpoint Picker extension service. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.

        :schema: InferencePoolSpecEndpointPickerRef
        '''
        if isinstance(port, dict):
            port = InferencePoolSpecEndpointPickerRefPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8a0b8b1421de2ece3b1476eb5c53e5dc25c2186540888ca1a642cc32c622345d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument failure_mode", value=failure_mode, expected_type=type_hints["failure_mode"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if failure_mode is not None:
            self._values["failure_mode"] = failure_mode
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent API object.

        :schema: InferencePoolSpecEndpointPickerRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def failure_mode(
        self,
    ) -> typing.Optional["InferencePoolSpecEndpointPickerRefFailureMode"]:
        '''FailureMode configures how the parent handles the case when the Endpoint Picker extension is non-responsive.

        When unspecified, defaults to "FailClose".

        :schema: InferencePoolSpecEndpointPickerRef#failureMode
        '''
        result = self._values.get("failure_mode")
        return typing.cast(typing.Optional["InferencePoolSpecEndpointPickerRefFailureMode"], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent API object.

        When unspecified, the default value
        is "", representing the Core API group.

        :schema: InferencePoolSpecEndpointPickerRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent.

        Required if the referent is ambiguous, e.g. service with multiple ports.

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations MUST NOT
        support ExternalName Services.

        :default: Service" when not specified.

        :schema: InferencePoolSpecEndpointPickerRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional["InferencePoolSpecEndpointPickerRefPort"]:
        '''Port is the port of the Endpoint Picker extension service.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: InferencePoolSpecEndpointPickerRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["InferencePoolSpecEndpointPickerRefPort"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecEndpointPickerRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iok8snetworkinginference.InferencePoolSpecEndpointPickerRefFailureMode"
)
class InferencePoolSpecEndpointPickerRefFailureMode(enum.Enum):
    '''FailureMode configures how the parent handles the case when the Endpoint Picker extension is non-responsive.

    When unspecified, defaults to "FailClose".

    :schema: InferencePoolSpecEndpointPickerRefFailureMode
    '''

    FAIL_OPEN = "FAIL_OPEN"
    '''FailOpen.'''
    FAIL_CLOSE = "FAIL_CLOSE"
    '''FailClose.'''


@jsii.data_type(
    jsii_type="iok8snetworkinginference.InferencePoolSpecEndpointPickerRefPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class InferencePoolSpecEndpointPickerRefPort:
    def __init__(self, *, number: jsii.Number) -> None:
        '''Port is the port of the Endpoint Picker extension service.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :param number: Number defines the port number to access the selected model server Pods. The number must be in the range 1 to 65535.

        :schema: InferencePoolSpecEndpointPickerRefPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b548d89151510e10bb1d9bce4811cca5455429ecc34d100fd490ea68172cde44)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "number": number,
        }

    @builtins.property
    def number(self) -> jsii.Number:
        '''Number defines the port number to access the selected model server Pods.

        The number must be in the range 1 to 65535.

        :schema: InferencePoolSpecEndpointPickerRefPort#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecEndpointPickerRefPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8snetworkinginference.InferencePoolSpecSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class InferencePoolSpecSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Mapping[builtins.str, builtins.str],
    ) -> None:
        '''Selector determines which Pods are members of this inference pool.

        It matches Pods by their labels only within the same namespace; cross-namespace
        selection is not supported.

        The structure of this LabelSelector is intentionally simple to be compatible
        with Kubernetes Service selectors, as some implementations may translate
        this configuration into a Service resource.

        :param match_labels: MatchLabels contains a set of required {key,value} pairs. An object must match every label in this map to be selected. The matching logic is an AND operation on all entries.

        :schema: InferencePoolSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a0f988a37a645fb18f229a8c29210a0c0aebb969020e19127314fa0c0c36a9a)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match_labels": match_labels,
        }

    @builtins.property
    def match_labels(self) -> typing.Mapping[builtins.str, builtins.str]:
        '''MatchLabels contains a set of required {key,value} pairs.

        An object must match every label in this map to be selected.
        The matching logic is an AND operation on all entries.

        :schema: InferencePoolSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        assert result is not None, "Required property 'match_labels' is missing"
        return typing.cast(typing.Mapping[builtins.str, builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iok8snetworkinginference.InferencePoolSpecTargetPorts",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class InferencePoolSpecTargetPorts:
    def __init__(self, *, number: jsii.Number) -> None:
        '''Port defines the network port that will be exposed by this InferencePool.

        :param number: Number defines the port number to access the selected model server Pods. The number must be in the range 1 to 65535.

        :schema: InferencePoolSpecTargetPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56d88ed3202c29fcc4871178ff133b3a3c3282fce5aff6cb7b232e49d617e90f)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "number": number,
        }

    @builtins.property
    def number(self) -> jsii.Number:
        '''Number defines the port number to access the selected model server Pods.

        The number must be in the range 1 to 65535.

        :schema: InferencePoolSpecTargetPorts#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecTargetPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "InferencePool",
    "InferencePoolProps",
    "InferencePoolSpec",
    "InferencePoolSpecAppProtocol",
    "InferencePoolSpecEndpointPickerRef",
    "InferencePoolSpecEndpointPickerRefFailureMode",
    "InferencePoolSpecEndpointPickerRefPort",
    "InferencePoolSpecSelector",
    "InferencePoolSpecTargetPorts",
]

publication.publish()

def _typecheckingstub__fb195daeb4331fd2d7c01de1327bbcf290216eb63d880a1a77b56f33ea8a1794(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[InferencePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fd7a4b41ff1a1e2f28e94d5cb5ae485cbd1c9ab4fa6f9d594817a705bea196a(
    *,
    spec: typing.Union[InferencePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08da9b29326bf98d71b77ef020dddc363ad1e8d1e7aa60b02a5b23f65d89d109(
    *,
    selector: typing.Union[InferencePoolSpecSelector, typing.Dict[builtins.str, typing.Any]],
    target_ports: typing.Sequence[typing.Union[InferencePoolSpecTargetPorts, typing.Dict[builtins.str, typing.Any]]],
    app_protocol: typing.Optional[InferencePoolSpecAppProtocol] = None,
    endpoint_picker_ref: typing.Optional[typing.Union[InferencePoolSpecEndpointPickerRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a0b8b1421de2ece3b1476eb5c53e5dc25c2186540888ca1a642cc32c622345d(
    *,
    name: builtins.str,
    failure_mode: typing.Optional[InferencePoolSpecEndpointPickerRefFailureMode] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    port: typing.Optional[typing.Union[InferencePoolSpecEndpointPickerRefPort, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b548d89151510e10bb1d9bce4811cca5455429ecc34d100fd490ea68172cde44(
    *,
    number: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a0f988a37a645fb18f229a8c29210a0c0aebb969020e19127314fa0c0c36a9a(
    *,
    match_labels: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56d88ed3202c29fcc4871178ff133b3a3c3282fce5aff6cb7b232e49d617e90f(
    *,
    number: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass
