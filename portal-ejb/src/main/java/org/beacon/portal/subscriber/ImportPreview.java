package org.beacon.portal.subscriber;

import java.io.Serializable;
import java.util.List;

/** An uploaded file before it runs: its columns, its first rows, and which columns look like email and name. */
public record ImportPreview(long importId, String fileName, String charset, int rows, List<String> header,
        List<List<String>> firstRows, Integer emailColumn, Integer nameColumn) implements Serializable {
}
