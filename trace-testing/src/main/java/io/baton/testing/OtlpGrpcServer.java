package io.baton.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * OTLP {@code grpc}: the unary {@code TraceService/Export}. opentelemetry-proto ships no gRPC
 * stubs, so the method is declared here by hand with a protobuf marshaller.
 */
final class OtlpGrpcServer implements AutoCloseable {

  private static final String SERVICE = "opentelemetry.proto.collector.trace.v1.TraceService";

  static final MethodDescriptor<ExportTraceServiceRequest, ExportTraceServiceResponse> EXPORT =
      MethodDescriptor.<ExportTraceServiceRequest, ExportTraceServiceResponse>newBuilder()
          .setType(MethodDescriptor.MethodType.UNARY)
          .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "Export"))
          .setRequestMarshaller(new ProtoMarshaller<>(ExportTraceServiceRequest.parser()))
          .setResponseMarshaller(new ProtoMarshaller<>(ExportTraceServiceResponse.parser()))
          .build();

  private final Server server;
  // a hanging export blocks its thread; the others must still be served
  private final ExecutorService executor = Executors.newCachedThreadPool(OtlpHttpServer.daemon("otlp-grpc"));

  OtlpGrpcServer(ExportHandler handler) throws IOException {
    ServerServiceDefinition service = ServerServiceDefinition.builder(SERVICE)
        .addMethod(EXPORT, ServerCalls.asyncUnaryCall((request, response) -> export(handler, request, response)))
        .build();
    server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .executor(executor)
        .addService(service)
        .build()
        .start();
  }

  int port() {
    return server.getPort();
  }

  private static void export(
      ExportHandler handler, ExportTraceServiceRequest request, StreamObserver<ExportTraceServiceResponse> response) {
    try {
      if (handler.export(request)) {
        response.onNext(ExportTraceServiceResponse.getDefaultInstance());
        response.onCompleted();
      } else {
        response.onError(Status.UNAVAILABLE.withDescription("receiver failure mode").asRuntimeException());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.onError(Status.CANCELLED.asRuntimeException());
    }
  }

  @Override
  public void close() throws InterruptedException {
    server.shutdownNow();
    server.awaitTermination(5, TimeUnit.SECONDS);
    executor.shutdownNow();
  }

  private static final class ProtoMarshaller<T extends MessageLite> implements MethodDescriptor.Marshaller<T> {
    private final Parser<T> parser;

    ProtoMarshaller(Parser<T> parser) {
      this.parser = parser;
    }

    @Override
    public InputStream stream(T value) {
      return value.toByteString().newInput();
    }

    @Override
    public T parse(InputStream stream) {
      try {
        return parser.parseFrom(stream);
      } catch (InvalidProtocolBufferException e) {
        throw Status.INVALID_ARGUMENT.withDescription("not an OTLP message").withCause(e).asRuntimeException();
      }
    }
  }
}
