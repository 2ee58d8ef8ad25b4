package io.tradingcore.mt5;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Keeps each account's symbol indices on disk ({@code <dir>/<login>.symbols}, one {@code index<TAB>symbol} line per
 * declaration), so that after a daemon restart the frames a terminal resends before it declares its symbols again
 * still resolve (docs/mt5-protocol.md, "Sequences and resync"). Written when a terminal declares a new index, read
 * when an account first authenticates: rare, small file I/O on the session's event loop. A file that cannot be
 * written is logged and the bridge goes on with the in-memory table. Thread-safe (one file per login, appends).
 */
final class BridgeSymbolFiles
{
    private static final Logger LOG = LoggerFactory.getLogger(BridgeSymbolFiles.class);

    private final Path dir;

    /** @param dir where the files live (created on the first declaration), or null to keep nothing on disk. */
    BridgeSymbolFiles(final Path dir)
    {
        this.dir = dir;
    }

    /** Records that {@code login} declared {@code symbol} on {@code index}. */
    void declared(final long login, final int index, final String symbol)
    {
        if (dir == null)
        {
            return;
        }
        try
        {
            Files.createDirectories(dir);
            Files.writeString(file(login), index + "\t" + symbol + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        }
        catch (final IOException ex)
        {
            LOG.warn("cannot record symbol index {} = {} of login {} in {}: {}", index, symbol,
                Long.toUnsignedString(login), dir, ex.toString());
        }
    }

    /**
     * Fills {@code names} (indexed by symbol index) with what {@code login} declared before, later lines winning.
     * Malformed lines are skipped and logged.
     */
    void load(final long login, final String[] names)
    {
        if (dir == null)
        {
            return;
        }
        final List<String> lines;
        try
        {
            lines = Files.readAllLines(file(login), StandardCharsets.US_ASCII);
        }
        catch (final NoSuchFileException ex)
        {
            return;
        }
        catch (final IOException ex)
        {
            LOG.warn("cannot read the symbol indices of login {} from {}: {}", Long.toUnsignedString(login), dir,
                ex.toString());
            return;
        }
        for (int i = 0; i < lines.size(); i++)
        {
            final String line = lines.get(i);
            final int tab = line.indexOf('\t');
            try
            {
                final int index = Integer.parseInt(line.substring(0, Math.max(0, tab)));
                final String symbol = line.substring(tab + 1);
                if (index < 0 || index >= names.length || symbol.isEmpty())
                {
                    throw new NumberFormatException("index or symbol out of range");
                }
                names[index] = symbol;
            }
            catch (final NumberFormatException | StringIndexOutOfBoundsException ex)
            {
                LOG.warn("skipped line {} of {}: '{}'", i + 1, file(login), line);
            }
        }
    }

    private Path file(final long login)
    {
        return dir.resolve(Long.toUnsignedString(login) + ".symbols");
    }
}
