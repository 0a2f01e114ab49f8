package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Models a text does not need are not loaded: the start of a scan is mostly loading. */
class LazyLoadingTest {

  private static final String[] ENGLISH = {
      "dev.shirabe.detect.names.EnglishPersonModel", "STANDARD",
      "dev.shirabe.detect.text.EnglishSentences", "STANDARD",
      "dev.shirabe.detect.LanguageRouter", "BUNDLED_MODEL"};

  @Test
  void textWithoutLatinLettersLoadsNoEnglishModel() throws Exception {
    // Other tests of this JVM have loaded the models: the detectors' classes are loaded afresh.
    try (URLClassLoader loader = freshLoader()) {
      Class<?> set = Class.forName(DetectorSet.class.getName(), true, loader);
      Object detectors = set.getMethod("standard").invoke(null);
      List<?> japanese = (List<?>) set.getMethod("detect", String.class)
          .invoke(detectors, "氏名：山田太郎\n電話：090-1234-5678\n住所：東京都千代田区丸の内1-1-1\n");
      assertTrue(japanese.size() >= 2, japanese.toString());
      for (int i = 0; i < ENGLISH.length; i += 2) {
        assertFalse(loaded(loader, ENGLISH[i], ENGLISH[i + 1]), ENGLISH[i] + " was loaded");
      }
      List<?> english = (List<?>) set.getMethod("detect", String.class).invoke(detectors,
          "Please send the signed contract to Mr. John Smith before Friday, as we agreed on"
              + " the phone last week.");
      assertFalse(english.isEmpty());
      for (int i = 0; i < ENGLISH.length; i += 2) {
        assertTrue(loaded(loader, ENGLISH[i], ENGLISH[i + 1]), ENGLISH[i] + " was not loaded");
      }
    }
  }

  @Test
  void aLazyValueIsMadeOnceWhateverThreadsAsk() throws Exception {
    AtomicInteger made = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> "value " + made.incrementAndGet());
    assertFalse(lazy.isLoaded());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> got = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        got.add(pool.submit(lazy::get));
      }
      for (Future<String> g : got) {
        assertEquals("value 1", g.get());
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(lazy.isLoaded());
    assertEquals(1, made.get());
  }

  private static URLClassLoader freshLoader() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static boolean loaded(ClassLoader loader, String className, String field) throws Exception {
    Field f = Class.forName(className, true, loader).getDeclaredField(field);
    f.setAccessible(true);
    Object lazy = f.get(null);
    return (boolean) lazy.getClass().getMethod("isLoaded").invoke(lazy);
  }
}
