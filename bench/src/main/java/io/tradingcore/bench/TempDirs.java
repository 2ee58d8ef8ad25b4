package io.tradingcore.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders for benchmark journals, created in setup and deleted in teardown. Any thread. */
final class TempDirs
{
    private TempDirs()
    {
    }

    /** @return a new empty folder under {@code java.io.tmpdir} whose name starts with {@code prefix}. */
    static Path create(final String prefix)
    {
        try
        {
            return Files.createTempDirectory(prefix);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create a temporary folder " + prefix, ex);
        }
    }

    /** Deletes {@code dir} and everything under it; does nothing if it is null or already gone. */
    static void delete(final Path dir)
    {
        if (dir == null || !Files.exists(dir))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir))
        {
            paths.sorted(Comparator.reverseOrder()).forEach(TempDirs::deleteOne);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete " + dir, ex);
        }
    }

    private static void deleteOne(final Path path)
    {
        try
        {
            Files.deleteIfExists(path);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete " + path, ex);
        }
    }
}
