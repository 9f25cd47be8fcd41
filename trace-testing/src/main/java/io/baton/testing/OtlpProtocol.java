package io.baton.testing;

/** The two OTLP transports the receiver speaks, named as {@code otel.exporter.otlp.protocol} spells them. */
public enum OtlpProtocol {
  HTTP_PROTOBUF("http/protobuf"),
  GRPC("grpc");

  private final String configValue;

  OtlpProtocol(String configValue) {
    this.configValue = configValue;
  }

  public String configValue() {
    return configValue;
  }
}
