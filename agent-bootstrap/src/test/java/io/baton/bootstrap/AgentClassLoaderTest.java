package io.baton.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentClassLoaderTest {

  @TempDir Path dir;

  /** A jar laid out like the agent: a class and a resource hidden under inst/. */
  private JarFile agentJarWith(Class<?> hidden) throws Exception {
    File jar = dir.resolve("agent.jar").toFile();
    String path = hidden.getName().replace('.', '/');
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()));
        InputStream classBytes = hidden.getClassLoader().getResourceAsStream(path + ".class")) {
      out.putNextEntry(new JarEntry("inst/" + path + ".classdata"));
      out.write(classBytes.readAllBytes());
      out.putNextEntry(new JarEntry("inst/META-INF/services/x.Y"));
      out.write("a.B\n".getBytes());
    }
    return new JarFile(jar);
  }

  @Test
  void loadsHiddenClassesItselfAndNotFromTheApplicationClassPath() throws Exception {
    AgentClassLoader loader = new AgentClassLoader(
        agentJarWith(HiddenSample.class), ClassLoader.getPlatformClassLoader(), null);

    Class<?> loaded = loader.loadClass(HiddenSample.class.getName());

    assertSame(loader, loaded.getClassLoader());
    assertEquals("hidden", loaded.getMethod("name").invoke(null));
  }

  @Test
  void classResourcesAreServedFromClassdataSoByteBuddyCanReadThem() throws Exception {
    AgentClassLoader loader = new AgentClassLoader(
        agentJarWith(HiddenSample.class), ClassLoader.getPlatformClassLoader(), null);

    try (InputStream in = loader.getResourceAsStream(HiddenSample.class.getName().replace('.', '/') + ".class")) {
      assertNotNull(in);
    }
    assertNotNull(loader.getResource("META-INF/services/x.Y"));
    assertNull(loader.getResource("inst/META-INF/services/x.Y"), "names are relative to inst/");
  }

  @Test
  void applicationClassesAreNotVisible() throws Exception {
    AgentClassLoader loader = new AgentClassLoader(
        agentJarWith(HiddenSample.class), ClassLoader.getPlatformClassLoader(), null);

    assertThrows(ClassNotFoundException.class, () -> loader.loadClass(AgentClassLoaderTest.class.getName()));
  }

  @Test
  void ownClassesAreDefinedWithoutAskingTheParentAndJdkClassesComeFromIt() throws Exception {
    RecordingParent parent = new RecordingParent();
    AgentClassLoader loader = new AgentClassLoader(agentJarWith(HiddenSample.class), parent, null);

    Class<?> own = loader.loadClass(HiddenSample.class.getName());
    Class<?> jdk = loader.loadClass("java.sql.Connection");

    assertSame(loader, own.getClassLoader(), "the parent (here the application loader) has a copy too");
    assertFalse(parent.asked.contains(HiddenSample.class.getName()), parent.asked.toString());
    assertTrue(parent.asked.contains("java.sql.Connection"), parent.asked.toString());
    assertSame(java.sql.Connection.class, jdk);
    assertSame(own, loader.loadClass(HiddenSample.class.getName()), "defined once");
  }

  @Test
  void namesNotInTheJarAreLeftToTheParent() throws Exception {
    RecordingParent parent = new RecordingParent();
    AgentClassLoader loader = new AgentClassLoader(agentJarWith(HiddenSample.class), parent, null);

    Class<?> fromParent = loader.loadClass(AgentClassLoaderTest.class.getName());

    assertSame(AgentClassLoaderTest.class, fromParent);
    assertEquals(List.of(AgentClassLoaderTest.class.getName()), parent.asked);
  }

  /** The application loader, noting which names it was asked for. */
  private static final class RecordingParent extends ClassLoader {
    final List<String> asked = new ArrayList<>();

    RecordingParent() {
      super(AgentClassLoaderTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      asked.add(name);
      return super.loadClass(name, resolve);
    }
  }

  @Test
  void anEntryIsReadIntoAnArrayOfTheSizeTheJarDirectoryGives() throws Exception {
    byte[] content = {1, 2, 3, 4, 5};

    assertArrayEquals(content, AgentClassLoader.readFully(new ByteArrayInputStream(content), 5));
  }

  @Test
  void anEntryOfUnknownSizeIsReadToItsEnd() throws Exception {
    byte[] content = {1, 2, 3};

    assertArrayEquals(content, AgentClassLoader.readFully(new ByteArrayInputStream(content), -1));
  }

  @Test
  void anEntryShorterOrLongerThanTheDirectorySaysIsAnError() {
    byte[] content = {1, 2, 3};

    assertThrows(IOException.class, () -> AgentClassLoader.readFully(new ByteArrayInputStream(content), 4));
    assertThrows(IOException.class, () -> AgentClassLoader.readFully(new ByteArrayInputStream(content), 2));
  }

  public static final class HiddenSample {
    public static String name() {
      return "hidden";
    }
  }
}
