package io.baton.instrumentation.kafka;

/** What the spans of one producer or consumer say about it; null parts are unknown. */
final class ClientIdentity {

  static final ClientIdentity UNKNOWN = new ClientIdentity(null, null);

  private final String clientId;
  private final String groupName;

  ClientIdentity(String clientId, String groupName) {
    this.clientId = clientId;
    this.groupName = groupName;
  }

  String clientId() {
    return clientId;
  }

  String groupName() {
    return groupName;
  }
}
