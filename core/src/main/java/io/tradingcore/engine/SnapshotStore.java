package io.tradingcore.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * Snapshots of the logic state, one folder per input sequence:
 * <pre>
 *   snapshots/00000000000000123456/market.bin     one part per stage, written by that stage's thread
 *   snapshots/00000000000000123456/MANIFEST       written last by the output handler: sequence,
 *                                                 journal index, stages and the CRC32 of every part
 * </pre>
 * A snapshot without a MANIFEST, or whose parts do not match their CRCs, is incomplete and ignored.
 * Parts are written by the stage threads (each its own file), the manifest by the output handler.
 */
public final class SnapshotStore
{
    private static final String MANIFEST = "MANIFEST";
    private static final String PART_SUFFIX = ".bin";

    private final Path dir;
    private final int retain;

    /**
     * @param dir    the snapshots folder.
     * @param retain how many complete snapshots to keep (older ones are deleted).
     */
    public SnapshotStore(final Path dir, final int retain)
    {
        if (retain < 1)
        {
            throw new IllegalArgumentException("snapshot.retain must be at least 1, was " + retain);
        }
        this.dir = dir;
        this.retain = retain;
    }

    /** Writes how a stage writes its part. */
    @FunctionalInterface
    public interface PartWriter
    {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a stage's part. */
    @FunctionalInterface
    public interface PartReader
    {
        void read(DataInputStream in) throws IOException;
    }

    /** Writes the part of {@code stage} for the snapshot at {@code sequence} (atomically renamed). */
    public void writePart(final long sequence, final String stage, final PartWriter writer) throws IOException
    {
        final Path folder = folder(sequence);
        Files.createDirectories(folder);
        final Path tmp = folder.resolve(stage + PART_SUFFIX + ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16)))
        {
            writer.write(out);
        }
        move(tmp, folder.resolve(stage + PART_SUFFIX));
    }

    /**
     * Seals the snapshot at {@code sequence}: computes the parts' CRCs, writes the manifest, and deletes
     * snapshots beyond the retention count.
     */
    public void complete(final long sequence, final long journalIndex, final List<String> stages)
        throws IOException
    {
        final Path folder = folder(sequence);
        final Properties manifest = new Properties();
        manifest.setProperty("sequence", Long.toString(sequence));
        manifest.setProperty("journalIndex", Long.toString(journalIndex));
        manifest.setProperty("stages", String.join(",", stages));
        for (final String stage : stages)
        {
            manifest.setProperty("crc." + stage, Long.toString(crc(folder.resolve(stage + PART_SUFFIX))));
        }
        final Path tmp = folder.resolve(MANIFEST + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp))
        {
            manifest.store(out, "tradingcore snapshot");
        }
        move(tmp, folder.resolve(MANIFEST));
        prune();
    }

    /** @return the newest complete, intact snapshot at or below {@code maxSequence}, if any. */
    public Optional<Snapshot> latest(final long maxSequence)
    {
        for (final Path folder : foldersNewestFirst())
        {
            final Optional<Snapshot> snapshot = load(folder);
            if (snapshot.isPresent() && snapshot.get().sequence() <= maxSequence)
            {
                return snapshot;
            }
        }
        return Optional.empty();
    }

    private Optional<Snapshot> load(final Path folder)
    {
        final Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile))
        {
            return Optional.empty();
        }
        final Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(manifestFile))
        {
            manifest.load(in);
            final List<String> stages = List.of(manifest.getProperty("stages", "").split(","));
            for (final String stage : stages)
            {
                final long expected = Long.parseLong(manifest.getProperty("crc." + stage, "-1"));
                if (crc(folder.resolve(stage + PART_SUFFIX)) != expected)
                {
                    return Optional.empty();
                }
            }
            return Optional.of(new Snapshot(
                Long.parseLong(manifest.getProperty("sequence")),
                Long.parseLong(manifest.getProperty("journalIndex")),
                stages,
                folder));
        }
        catch (final IOException | RuntimeException ex)
        {
            return Optional.empty();
        }
    }

    private List<Path> foldersNewestFirst()
    {
        if (!Files.isDirectory(dir))
        {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(dir))
        {
            final List<Path> result = new ArrayList<>();
            folders.filter(Files::isDirectory).forEach(result::add);
            result.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
            return result;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list snapshots in " + dir, ex);
        }
    }

    private void prune() throws IOException
    {
        int complete = 0;
        for (final Path folder : foldersNewestFirst())
        {
            final boolean sealed = Files.isRegularFile(folder.resolve(MANIFEST));
            if (sealed)
            {
                complete++;
            }
            if (complete > retain || (complete >= retain && !sealed))
            {
                deleteFolder(folder);
            }
        }
    }

    private static void deleteFolder(final Path folder) throws IOException
    {
        try (Stream<Path> files = Files.list(folder))
        {
            for (final Path file : (Iterable<Path>)files::iterator)
            {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    private Path folder(final long sequence)
    {
        return dir.resolve(String.format("%020d", sequence));
    }

    private static long crc(final Path file) throws IOException
    {
        if (!Files.isRegularFile(file))
        {
            return -1;
        }
        final CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc))
        {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return crc.getValue();
    }

    private static void move(final Path from, final Path to) throws IOException
    {
        try
        {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final AtomicMoveNotSupportedException ex)
        {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A complete snapshot on disk. */
    public record Snapshot(long sequence, long journalIndex, List<String> stages, Path folder)
    {
        /** Reads the part of {@code stage}. */
        public void readPart(final String stage, final PartReader reader) throws IOException
        {
            final Path part = folder.resolve(stage + PART_SUFFIX);
            if (!Files.isRegularFile(part))
            {
                throw new IOException("snapshot " + folder + " has no part for stage '" + stage +
                    "' (it has " + stages + ")");
            }
            try (InputStream file = Files.newInputStream(part);
                DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16)))
            {
                reader.read(in);
            }
        }

        /** @return a short description for logs. */
        public String describe()
        {
            return "snapshot at sequence " + sequence + " in " + folder;
        }
    }
}
