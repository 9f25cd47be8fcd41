package io.baton.instrumentation.httpurlconnection;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * What an HTTP library wrapping the JDK's connection looks like: an {@code HttpURLConnection}
 * of its own that delegates to the JDK's. It inherits {@code getResponseCode}.
 */
final class WrappingConnection extends HttpURLConnection {

  private final HttpURLConnection inner;

  WrappingConnection(URL url) throws IOException {
    super(url);
    inner = (HttpURLConnection) url.openConnection();
  }

  @Override
  public void connect() throws IOException {
    inner.connect();
    connected = true;
  }

  @Override
  public InputStream getInputStream() throws IOException {
    return inner.getInputStream();
  }

  @Override
  public String getHeaderField(int n) {
    return inner.getHeaderField(n);
  }

  @Override
  public String getHeaderField(String name) {
    return inner.getHeaderField(name);
  }

  @Override
  public void setRequestProperty(String key, String value) {
    inner.setRequestProperty(key, value);
  }

  @Override
  public void disconnect() {
    inner.disconnect();
  }

  @Override
  public boolean usingProxy() {
    return false;
  }
}
