package io.tradingcore.market;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of one {@link MarketDataImporter#read} call.
 * <p>
 * Immutable; any thread may read it.
 *
 * @param file        file name.
 * @param format      the format that was read (never {@link ImportFormat#AUTO}: the detected one).
 * @param rows        data rows passed to the sink.
 * @param skipped     bad data rows skipped (always 0 with {@link OnError#ABORT}); blank lines are not counted.
 * @param firstErrors the errors of the first {@value #MAX_ERRORS} skipped rows, in file order.
 */
public record ImportReport(String file, ImportFormat format, long rows, long skipped, List<ImportError> firstErrors)
{
    /** How many errors a report keeps. */
    public static final int MAX_ERRORS = 100;

    public ImportReport
    {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        firstErrors = List.copyOf(firstErrors);
        if (firstErrors.size() > MAX_ERRORS)
        {
            throw new IllegalArgumentException("at most " + MAX_ERRORS + " errors are kept");
        }
    }
}
