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


class Password(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioexternal-secretsgenerators.Password",
):
    '''Password generates a random password based on the configuration parameters in spec.

    You can specify the length, characterset and other attributes.

    :schema: Password
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PasswordSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Password" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: PasswordSpec controls the behavior of the password generator.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c09e9ade3db32eebcba799d9623871d6d90ce0ae11f370436996ea869284e6d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PasswordProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PasswordSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Password".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: PasswordSpec controls the behavior of the password generator.
        '''
        props = PasswordProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Password".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioexternal-secretsgenerators.PasswordProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class PasswordProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["PasswordSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Password generates a random password based on the configuration parameters in spec.

        You can specify the length, characterset and other attributes.

        :param metadata: 
        :param spec: PasswordSpec controls the behavior of the password generator.

        :schema: Password
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = PasswordSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1cb0c41f9ff3670a053eb5f508cb64ec2242beb083de7e7c652d4a5b7699e91c)
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
        :schema: Password#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["PasswordSpec"]:
        '''PasswordSpec controls the behavior of the password generator.

        :schema: Password#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["PasswordSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PasswordProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secretsgenerators.PasswordSpec",
    jsii_struct_bases=[],
    name_mapping={
        "allow_repeat": "allowRepeat",
        "length": "length",
        "no_upper": "noUpper",
        "digits": "digits",
        "encoding": "encoding",
        "secret_keys": "secretKeys",
        "symbol_characters": "symbolCharacters",
        "symbols": "symbols",
    },
)
class PasswordSpec:
    def __init__(
        self,
        *,
        allow_repeat: builtins.bool,
        length: jsii.Number,
        no_upper: builtins.bool,
        digits: typing.Optional[jsii.Number] = None,
        encoding: typing.Optional["PasswordSpecEncoding"] = None,
        secret_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        symbol_characters: typing.Optional[builtins.str] = None,
        symbols: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''PasswordSpec controls the behavior of the password generator.

        :param allow_repeat: set AllowRepeat to true to allow repeating characters.
        :param length: Length of the password to be generated. Defaults to 24 Default: 24
        :param no_upper: Set NoUpper to disable uppercase characters.
        :param digits: Digits specifies the number of digits in the generated password. If omitted it defaults to 25% of the length of the password
        :param encoding: Encoding specifies the encoding of the generated password. Valid values are: - "raw" (default): no encoding - "base64": standard base64 encoding - "base64url": base64url encoding - "base32": base32 encoding - "hex": hexadecimal encoding
        :param secret_keys: SecretKeys defines the keys that will be populated with generated passwords. Defaults to "password" when not set. Default: password" when not set.
        :param symbol_characters: SymbolCharacters specifies the special characters that should be used in the generated password.
        :param symbols: Symbols specifies the number of symbol characters in the generated password. If omitted it defaults to 25% of the length of the password

        :schema: PasswordSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4393f1aed12b90dce27cf67a339b9404fe1de87a2e6dc07a755ffa39d6d1349)
            check_type(argname="argument allow_repeat", value=allow_repeat, expected_type=type_hints["allow_repeat"])
            check_type(argname="argument length", value=length, expected_type=type_hints["length"])
            check_type(argname="argument no_upper", value=no_upper, expected_type=type_hints["no_upper"])
            check_type(argname="argument digits", value=digits, expected_type=type_hints["digits"])
            check_type(argname="argument encoding", value=encoding, expected_type=type_hints["encoding"])
            check_type(argname="argument secret_keys", value=secret_keys, expected_type=type_hints["secret_keys"])
            check_type(argname="argument symbol_characters", value=symbol_characters, expected_type=type_hints["symbol_characters"])
            check_type(argname="argument symbols", value=symbols, expected_type=type_hints["symbols"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "allow_repeat": allow_repeat,
            "length": length,
            "no_upper": no_upper,
        }
        if digits is not None:
            self._values["digits"] = digits
        if encoding is not None:
            self._values["encoding"] = encoding
        if secret_keys is not None:
            self._values["secret_keys"] = secret_keys
        if symbol_characters is not None:
            self._values["symbol_characters"] = symbol_characters
        if symbols is not None:
            self._values["symbols"] = symbols

    @builtins.property
    def allow_repeat(self) -> builtins.bool:
        '''set AllowRepeat to true to allow repeating characters.

        :schema: PasswordSpec#allowRepeat
        '''
        result = self._values.get("allow_repeat")
        assert result is not None, "Required property 'allow_repeat' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def length(self) -> jsii.Number:
        '''Length of the password to be generated.

        Defaults to 24

        :default: 24

        :schema: PasswordSpec#length
        '''
        result = self._values.get("length")
        assert result is not None, "Required property 'length' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def no_upper(self) -> builtins.bool:
        '''Set NoUpper to disable uppercase characters.

        :schema: PasswordSpec#noUpper
        '''
        result = self._values.get("no_upper")
        assert result is not None, "Required property 'no_upper' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def digits(self) -> typing.Optional[jsii.Number]:
        '''Digits specifies the number of digits in the generated password.

        If omitted it defaults to 25% of the length of the password

        :schema: PasswordSpec#digits
        '''
        result = self._values.get("digits")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def encoding(self) -> typing.Optional["PasswordSpecEncoding"]:
        '''Encoding specifies the encoding of the generated password.

        Valid values are:

        - "raw" (default): no encoding
        - "base64": standard base64 encoding
        - "base64url": base64url encoding
        - "base32": base32 encoding
        - "hex": hexadecimal encoding

        :schema: PasswordSpec#encoding
        '''
        result = self._values.get("encoding")
        return typing.cast(typing.Optional["PasswordSpecEncoding"], result)

    @builtins.property
    def secret_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SecretKeys defines the keys that will be populated with generated passwords.

        Defaults to "password" when not set.

        :default: password" when not set.

        :schema: PasswordSpec#secretKeys
        '''
        result = self._values.get("secret_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def symbol_characters(self) -> typing.Optional[builtins.str]:
        '''SymbolCharacters specifies the special characters that should be used in the generated password.

        :schema: PasswordSpec#symbolCharacters
        '''
        result = self._values.get("symbol_characters")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def symbols(self) -> typing.Optional[jsii.Number]:
        '''Symbols specifies the number of symbol characters in the generated password.

        If omitted it defaults to 25% of the length of the password

        :schema: PasswordSpec#symbols
        '''
        result = self._values.get("symbols")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PasswordSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secretsgenerators.PasswordSpecEncoding")
class PasswordSpecEncoding(enum.Enum):
    '''Encoding specifies the encoding of the generated password.

    Valid values are:

    - "raw" (default): no encoding
    - "base64": standard base64 encoding
    - "base64url": base64url encoding
    - "base32": base32 encoding
    - "hex": hexadecimal encoding

    :schema: PasswordSpecEncoding
    '''

    BASE64 = "BASE64"
    '''base64.'''
    BASE64URL = "BASE64URL"
    '''base64url.'''
    BASE32 = "BASE32"
    '''base32.'''
    HEX = "HEX"
    '''hex.'''
    RAW = "RAW"
    '''raw.'''


__all__ = [
    "Password",
    "PasswordProps",
    "PasswordSpec",
    "PasswordSpecEncoding",
]

publication.publish()

def _typecheckingstub__4c09e9ade3db32eebcba799d9623871d6d90ce0ae11f370436996ea869284e6d(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PasswordSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cb0c41f9ff3670a053eb5f508cb64ec2242beb083de7e7c652d4a5b7699e91c(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[PasswordSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4393f1aed12b90dce27cf67a339b9404fe1de87a2e6dc07a755ffa39d6d1349(
    *,
    allow_repeat: builtins.bool,
    length: jsii.Number,
    no_upper: builtins.bool,
    digits: typing.Optional[jsii.Number] = None,
    encoding: typing.Optional[PasswordSpecEncoding] = None,
    secret_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    symbol_characters: typing.Optional[builtins.str] = None,
    symbols: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
