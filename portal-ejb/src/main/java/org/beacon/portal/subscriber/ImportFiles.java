package org.beacon.portal.subscriber;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * An import's files in the database ({@code subscriber_import_file}), in parts of at most {@value #PART} bytes: the
 * upload, which the run reads a part at a time wherever it runs, and the rejected rows, one part per chunk.
 */
final class ImportFiles {

    enum Kind {
        UPLOAD, REJECTED
    }

    static final int PART = 1024 * 1024;

    private final EntityManager em;

    ImportFiles(EntityManager em) {
        this.em = em;
    }

    /** Stores content after the parts already kept of this kind, split into parts. */
    void append(long importId, Kind kind, byte[] content, Instant now) {
        int next = parts(importId, kind);
        for (int offset = 0; offset < content.length; offset += PART) {
            byte[] part = offset == 0 && content.length <= PART ? content
                    : Arrays.copyOfRange(content, offset, Math.min(content.length, offset + PART));
            em.createNativeQuery("insert into subscriber_import_file (import_id, kind, part, content, created_at) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, importId).setParameter(2, kind.name()).setParameter(3, next++).setParameter(4, part)
                    .setParameter(5, now).executeUpdate();
        }
    }

    int parts(long importId, Kind kind) {
        return ((Number) em.createNativeQuery("select count(*) from subscriber_import_file where import_id = ?1 and kind = ?2")
                .setParameter(1, importId).setParameter(2, kind.name()).getSingleResult()).intValue();
    }

    /** One part, counted from 0; null past the last one. */
    byte[] part(long importId, Kind kind, int part) {
        List<?> found = em.createNativeQuery("select content from subscriber_import_file where import_id = ?1 and kind = ?2 and part = ?3")
                .setParameter(1, importId).setParameter(2, kind.name()).setParameter(3, part).getResultList();
        return found.isEmpty() ? null : (byte[]) found.get(0);
    }

    List<byte[]> all(long importId, Kind kind) {
        return em.createNativeQuery("select content from subscriber_import_file where import_id = ?1 and kind = ?2 order by part")
                .setParameter(1, importId).setParameter(2, kind.name()).getResultList().stream().map(byte[].class::cast).toList();
    }

    void delete(long importId, Kind kind) {
        em.createNativeQuery("delete from subscriber_import_file where import_id = ?1 and kind = ?2")
                .setParameter(1, importId).setParameter(2, kind.name()).executeUpdate();
    }

    /** Removes every file stored before then; returns how many parts went. */
    int deleteStoredBefore(Instant before) {
        return em.createNativeQuery("delete from subscriber_import_file where created_at < ?1").setParameter(1, before).executeUpdate();
    }
}
