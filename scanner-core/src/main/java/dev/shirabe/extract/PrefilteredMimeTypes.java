package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.commons.io.input.UnsynchronizedByteArrayInputStream;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.detect.XmlRootExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's {@link MimeTypes} detection (magic bytes, XML root, text, then the name and declared
 * type), deciding exactly as Tika 3.3 does but faster: before evaluating a magic it asks
 * {@link MagicPrefilter} whether the magic can match at all, and skips it when not. The magics
 * that might match are evaluated by Tika itself, in Tika's order, so the prefilter can only
 * save time; the rest of {@link #detect} is Tika's code (MimeTypes.detect and getMimeType,
 * Apache License 2.0) over the same registry. PrefilteredMimeTypesTest compares the two on the
 * corpora and thousands of mutations of them.
 *
 * <p>Magic detection was a quarter of Tika's work on a small file (docs/performance.md): each
 * of its ~850 magics wraps the buffer in a stream and copies a window, and each regular
 * expression is compiled again, on every file.
 */
final class PrefilteredMimeTypes implements Detector {

  private static final long serialVersionUID = 1L;

  private final transient MimeTypes types;
  private final transient MediaTypeRegistry registry;
  private final transient MagicPrefilter prefilter = new MagicPrefilter();
  private final transient Object[] magics;
  private final transient MagicPrefilter.Test[] tests;
  private final transient int[] priorities;
  private final transient MimeType[] magicTypes;
  private final transient MethodHandle eval;
  private final transient MethodHandle matchesXml;
  private final transient MethodHandle isInterpreted;
  private final transient List<MimeType> xmls;
  private final transient MimeType textMimeType;
  private final transient MimeType htmlMimeType;
  private final transient List<MimeType> rootMimeTypeL;

  /** @throws ReflectiveOperationException when Tika's internals are not as in 3.3 */
  PrefilteredMimeTypes(MimeTypes types) throws ReflectiveOperationException {
    this.types = types;
    this.registry = types.getMediaTypeRegistry();
    List<?> all = (List<?>) field(MimeTypes.class, types, "magics");
    this.magics = all.toArray();
    Class<?> magic = Class.forName("org.apache.tika.mime.Magic");
    Field clause = magic.getDeclaredField("clause");
    clause.setAccessible(true);
    Method priority = accessible(magic.getDeclaredMethod("getPriority"));
    Method type = accessible(magic.getDeclaredMethod("getType"));
    this.tests = new MagicPrefilter.Test[magics.length];
    this.priorities = new int[magics.length];
    this.magicTypes = new MimeType[magics.length];
    for (int i = 0; i < magics.length; i++) {
      tests[i] = prefilter.of(clause.get(magics[i]));
      priorities[i] = (Integer) priority.invoke(magics[i]);
      magicTypes[i] = (MimeType) type.invoke(magics[i]);
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    this.eval =
        lookup
            .unreflect(accessible(magic.getDeclaredMethod("eval", byte[].class)))
            .asType(MethodType.methodType(boolean.class, Object.class, byte[].class));
    this.matchesXml =
        lookup.unreflect(
            accessible(
                MimeType.class.getDeclaredMethod("matchesXML", String.class, String.class)));
    this.isInterpreted =
        lookup.unreflect(accessible(MimeType.class.getDeclaredMethod("isInterpreted")));
    @SuppressWarnings("unchecked")
    List<MimeType> xmls = (List<MimeType>) field(MimeTypes.class, types, "xmls");
    this.xmls = List.copyOf(xmls);
    this.textMimeType = (MimeType) field(MimeTypes.class, types, "textMimeType");
    this.htmlMimeType = (MimeType) field(MimeTypes.class, types, "htmlMimeType");
    @SuppressWarnings("unchecked")
    List<MimeType> root = (List<MimeType>) field(MimeTypes.class, types, "rootMimeTypeL");
    this.rootMimeTypeL = root;
  }

  /**
   * {@code detector} with each {@link MimeTypes} among a composite's detectors (Tika's default
   * detector ends with one) replaced by its prefiltered form; {@code detector} itself when
   * Tika's internals are not as expected.
   */
  static Detector inPlaceOf(Detector detector, MediaTypeRegistry registry) {
    if (!(detector instanceof CompositeDetector)) {
      return detector;
    }
    List<Detector> detectors = new ArrayList<>(((CompositeDetector) detector).getDetectors());
    try {
      for (int i = 0; i < detectors.size(); i++) {
        if (detectors.get(i) instanceof MimeTypes) {
          detectors.set(i, new PrefilteredMimeTypes((MimeTypes) detectors.get(i)));
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return detector;
    }
    return new CompositeDetector(registry, detectors);
  }

  private static Method accessible(Method method) {
    method.setAccessible(true);
    return method;
  }

  private static Object field(Class<?> owner, Object object, String name)
      throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(object);
  }

  // From here on Tika's MimeTypes (3.3.1), with the prefilter in getMimeType's magic loop.

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    List<MimeType> possibleTypes = null;

    // Get type based on magic prefix
    if (input != null) {
      input.mark(types.getMinLength());
      try {
        byte[] prefix = readMagicHeader(input);
        possibleTypes = getMimeType(prefix);
      } finally {
        input.reset();
      }
    }

    // Get type based on resourceName hint (if available)
    String resourceName = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (resourceName != null) {
      String name = null;
      boolean isHttp = false;

      // Deal with a URI or a path name in as the resource  name
      try {
        URI uri = new URI(resourceName);
        String scheme = uri.getScheme();
        isHttp = scheme != null && scheme.startsWith("http"); // http or https
        String path = uri.getPath();
        if (path != null) {
          int slash = path.lastIndexOf('/');
          if (slash + 1 < path.length()) {
            name = path.substring(slash + 1);
          }
        }
      } catch (URISyntaxException e) {
        name = resourceName;
      }

      if (name != null) {
        @SuppressWarnings("deprecation")
        MimeType hint = types.getMimeType(name);

        // For server-side scripting languages, we cannot rely on the filename to detect
        // the mime type
        if (!(isHttp && interpreted(hint))) {
          possibleTypes = applyHint(possibleTypes, hint);
        }
      }
    }

    // Get type based on metadata hint (if available)
    String typeName = metadata.get(Metadata.CONTENT_TYPE);
    if (typeName != null) {
      try {
        MimeType hint = types.forName(typeName);
        possibleTypes = applyHint(possibleTypes, hint);
      } catch (MimeTypeException e) {
        // Malformed type name, ignore
      }
    }

    if (possibleTypes == null || possibleTypes.isEmpty()) {
      // Report that we don't know what it is
      return MediaType.OCTET_STREAM;
    } else {
      return possibleTypes.get(0).getType();
    }
  }

  /** MimeTypes.getMimeType(byte[]): Tika's selection, magics skipped when they cannot match. */
  List<MimeType> getMimeType(byte[] data) {
    if (data == null) {
      throw new IllegalArgumentException("Data is missing");
    } else if (data.length == 0) {
      // See https://issues.apache.org/jira/browse/TIKA-483
      return rootMimeTypeL;
    }

    // Then, check for magic bytes
    MagicPrefilter.Buffer buffer = prefilter.buffer(data);
    List<MimeType> result = new ArrayList<>(1);
    int currentPriority = -1;
    for (int k = 0; k < magics.length; k++) {
      if (currentPriority > 0 && currentPriority > priorities[k]) {
        break;
      }
      if (tests[k].mightMatch(buffer) && eval(magics[k], data)) {
        result.add(magicTypes[k]);
        currentPriority = priorities[k];
      }
    }

    if (!result.isEmpty()) {
      for (int i = 0; i < result.size(); i++) {
        final MimeType matched = result.get(i);

        // When detecting generic XML (or possibly XHTML),
        // extract the root element and match it against known types
        if ("application/xml".equals(matched.getName())
            || "text/html".equals(matched.getName())) {
          XmlRootExtractor extractor = new XmlRootExtractor();

          QName rootElement = extractor.extractRootElement(data);
          if (rootElement != null) {
            for (MimeType type : xmls) {
              if (matchesXml(type, rootElement.getNamespaceURI(), rootElement.getLocalPart())) {
                result.set(i, type);
                break;
              }
            }
          } else if ("application/xml".equals(matched.getName())) {
            // Our XML magic is higher than our HTML magic
            // So, if we got here, we might have a HTML file that's
            //  invalid XML. So, try our HTML magics explicitly (TIKA-2419)
            boolean isHTML = false;
            for (int k = 0; k < magics.length; k++) {
              if (!magicTypes[k].equals(htmlMimeType)) {
                continue;
              }
              if (eval(magics[k], data)) {
                isHTML = true;
                break;
              }
            }

            // Otherwise, downgrade from application/xml to text/plain
            //  since the document seems not to be well-formed.
            if (isHTML) {
              result.set(i, htmlMimeType);
            } else {
              result.set(i, textMimeType);
            }
          }
        }
      }
      return result;
    }

    // Finally, assume plain text if no control bytes are found
    try {
      TextDetector detector = new TextDetector(types.getMinLength());
      UnsynchronizedByteArrayInputStream stream =
          UnsynchronizedByteArrayInputStream.builder().setByteArray(data).get();
      MimeType type = types.forName(detector.detect(stream, new Metadata()).toString());
      return Collections.singletonList(type);
    } catch (Exception e) {
      return rootMimeTypeL;
    }
  }

  private byte[] readMagicHeader(InputStream stream) throws IOException {
    if (stream == null) {
      throw new IllegalArgumentException("InputStream is missing");
    }

    byte[] bytes = new byte[types.getMinLength()];
    int totalRead = 0;

    int lastRead = stream.read(bytes);
    while (lastRead != -1) {
      totalRead += lastRead;
      if (totalRead == bytes.length) {
        return bytes;
      }
      lastRead = stream.read(bytes, totalRead, bytes.length - totalRead);
    }

    byte[] shorter = new byte[totalRead];
    System.arraycopy(bytes, 0, shorter, 0, totalRead);
    return shorter;
  }

  private List<MimeType> applyHint(List<MimeType> possibleTypes, MimeType hint) {
    if (possibleTypes == null || possibleTypes.isEmpty()) {
      return Collections.singletonList(hint);
    } else {
      for (final MimeType type : possibleTypes) {
        if (hint.equals(type) || registry.isSpecializationOf(hint.getType(), type.getType())) {
          // Use just this type
          return Collections.singletonList(hint);
        }
      }
    }

    // Hint didn't help, sorry
    return possibleTypes;
  }

  private boolean eval(Object magic, byte[] data) {
    try {
      return (boolean) eval.invokeExact(magic, data);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean matchesXml(MimeType type, String namespace, String localName) {
    try {
      return (boolean) matchesXml.invoke(type, namespace, localName);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean interpreted(MimeType type) {
    try {
      return (boolean) isInterpreted.invoke(type);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
