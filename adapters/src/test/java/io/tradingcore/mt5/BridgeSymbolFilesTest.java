package io.tradingcore.mt5;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeSymbolFilesTest
{
    @TempDir
    Path dir;

    @Test
    void declarationsSurviveInTheFileAndLaterOnesWin()
    {
        final BridgeSymbolFiles files = new BridgeSymbolFiles(dir.resolve("bridge"));
        files.declared(-1L, 0, "EURUSD");
        files.declared(-1L, 7, "XAUUSD");
        files.declared(-1L, 0, "GBPUSD");
        files.declared(42, 1, "BTCUSD");

        final String[] names = new String[BridgeProtocol.MAX_SYMBOL_INDEX + 1];
        new BridgeSymbolFiles(dir.resolve("bridge")).load(-1L, names);
        assertThat(names[0]).isEqualTo("GBPUSD");
        assertThat(names[7]).isEqualTo("XAUUSD");
        assertThat(names[1]).as("another login's file").isNull();
        assertThat(dir.resolve("bridge").resolve("18446744073709551615.symbols")).exists();
    }

    @Test
    void malformedLinesAreSkippedAndAMissingFileOrFolderMeansNothingDeclared() throws IOException
    {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("5.symbols"), "x\tEURUSD\n3\tUSDJPY\n2000\tBAD\n4\t\nno tab\n");
        final String[] names = new String[BridgeProtocol.MAX_SYMBOL_INDEX + 1];
        new BridgeSymbolFiles(dir).load(5, names);
        assertThat(names[3]).isEqualTo("USDJPY");
        assertThat(names).filteredOn(name -> name != null).hasSize(1);

        new BridgeSymbolFiles(dir).load(6, names);
        new BridgeSymbolFiles(null).load(5, names);
        new BridgeSymbolFiles(null).declared(5, 0, "EURUSD");
        assertThat(names).filteredOn(name -> name != null).hasSize(1);
    }
}
