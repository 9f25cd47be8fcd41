package io.baton.instrumentation.servlet;

import java.util.Collection;

/** What the shared span logic reads from a response once the request is over. */
public interface HttpResponseView {

  int status();

  /** Once committed, the status the client got can no longer change. */
  boolean isCommitted();

  /** All values of one response header; never null. */
  Collection<String> headers(String name);
}
