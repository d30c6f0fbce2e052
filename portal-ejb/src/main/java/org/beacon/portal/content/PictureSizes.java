package org.beacon.portal.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A library picture at one of the widths pages offer ({@link MediaFile#getWidths()}), in its own format or as WebP.
 * Made the first time anyone asks and kept in {@code media_size}, so the work is done once for the whole cluster.
 */
@Stateless
@PermitAll
public class PictureSizes {

    /**
     * One maker per size on this server: a page everyone opens at once would otherwise have every request decode the
     * same large photo. Another server may make the same size at the same time; its row is then simply not added.
     */
    private static final ConcurrentHashMap<String, Object> MAKING = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** What a browser gets for {@code /media/{sha256}/{width}/{name}.{extension}}. */
    public record Sized(String contentType, byte[] data) {
    }

    /**
     * The picture at this width in this format ({@code webp} or the picture's own extension), or empty for a size the
     * picture is not offered at. Runs outside a transaction so that the decoding holds no connection for long.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Sized> sized(String sha256, int width, String extension) {
        Optional<MediaFile> found = em.createQuery("select m from MediaFile m where m.sha256 = :sha", MediaFile.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().getWidths().contains(width)) {
            return Optional.empty();
        }
        MediaFile file = found.get();
        MediaType own = file.type();
        MediaType wanted = extension.equals(MediaType.WEBP.extension()) ? MediaType.WEBP
                : extension.equals(own.extension()) ? own : null;
        if (wanted == null) {
            return Optional.empty();
        }
        if (wanted == own && width == file.getWidth()) {
            return Optional.of(new Sized(own.contentType(), original(file.getId())));
        }
        String key = file.getId() + "/" + width + "/" + wanted.extension();
        Optional<byte[]> kept = kept(file.getId(), width, wanted);
        if (kept.isPresent()) {
            return Optional.of(new Sized(wanted.contentType(), kept.get()));
        }
        Object maker = MAKING.computeIfAbsent(key, k -> new Object());
        synchronized (maker) {
            try {
                kept = kept(file.getId(), width, wanted);
                if (kept.isEmpty()) {
                    byte[] made = Pictures.resized(original(file.getId()), own, width, wanted);
                    context.getBusinessObject(PictureSizes.class).keep(file.getId(), width, wanted.extension(), made);
                    kept = Optional.of(made);
                }
                return Optional.of(new Sized(wanted.contentType(), kept.get()));
            } finally {
                MAKING.remove(key, maker);
            }
        }
    }

    /** Stores a size made; committed before the maker lets the next request look, hence a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keep(long mediaId, int width, String format, byte[] data) {
        em.createNativeQuery("insert into media_size (media_id, width, format, data, created_at) values (?1, ?2, ?3, ?4, ?5)"
                        + " on conflict do nothing")
                .setParameter(1, mediaId).setParameter(2, width).setParameter(3, format).setParameter(4, data)
                .setParameter(5, Instant.now())
                .executeUpdate();
    }

    private byte[] original(long id) {
        return em.createQuery("select m.data from MediaFile m where m.id = :id", byte[].class).setParameter("id", id).getSingleResult();
    }

    private Optional<byte[]> kept(long mediaId, int width, MediaType format) {
        List<?> rows = em.createNativeQuery("select data from media_size where media_id = ?1 and width = ?2 and format = ?3")
                .setParameter(1, mediaId).setParameter(2, width).setParameter(3, format.extension()).getResultList();
        return rows.stream().findFirst().map(row -> (byte[]) row);
    }
}
