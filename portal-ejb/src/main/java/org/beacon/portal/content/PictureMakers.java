package org.beacon.portal.content;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who makes a picture's size on this server: one maker per size (the others asking at once wait for its bytes),
 * at most {@link #AT_ONCE} decoding at a time (each may hold a large picture's pixels), and a size that could not be
 * made is not tried again until the server restarts (its picture will not decode any better).
 */
@ApplicationScoped
public class PictureMakers {

    private static final Logger LOG = Logger.getLogger(PictureMakers.class.getName());
    static final int AT_ONCE = 2;
    private static final long WAIT_SECONDS = 20;

    private final Semaphore gate = new Semaphore(AT_ONCE, true);
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> making = new ConcurrentHashMap<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    /** The bytes made (or made by another request just now), null for a size that cannot be made; {@link PicturesBusy} when too many wait. */
    byte[] make(String key, Supplier<byte[]> work) {
        if (failed.contains(key)) {
            return null;
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = making.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new PicturesBusy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PicturesBusy();
            }
        }
        try {
            if (!gate.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new PicturesBusy();
            }
            try {
                byte[] made = work.get();
                mine.complete(made);
                return made;
            } finally {
                gate.release();
            }
        } catch (PicturesBusy e) {
            mine.completeExceptionally(e);
            throw e;
        } catch (RuntimeException | LinkageError e) {
            failed.add(key);
            LOG.log(e instanceof ContentRefused ? Level.INFO : Level.WARNING, e, () -> "Picture size " + key + " cannot be made");
            mine.complete(null);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mine.completeExceptionally(e);
            throw new PicturesBusy();
        } finally {
            making.remove(key, mine);
        }
    }
}
