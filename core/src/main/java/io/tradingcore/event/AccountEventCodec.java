package io.tradingcore.event;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.tradingcore.event.EventCodec.ACCOUNT_BALANCE_OFFSET;
import static io.tradingcore.event.EventCodec.ACCOUNT_EQUITY_OFFSET;
import static io.tradingcore.event.EventCodec.ACCOUNT_FREE_MARGIN_OFFSET;
import static io.tradingcore.event.EventCodec.ACCOUNT_LENGTH;
import static io.tradingcore.event.EventCodec.ACCOUNT_LEVERAGE_OFFSET;
import static io.tradingcore.event.EventCodec.ACCOUNT_LOGIN_OFFSET;
import static io.tradingcore.event.EventCodec.ACCOUNT_MARGIN_MODE_OFFSET;
import static io.tradingcore.event.EventCodec.ACCOUNT_MARGIN_OFFSET;
import static io.tradingcore.event.EventCodec.ORDER;
import static io.tradingcore.event.EventCodec.POSITION_AS_OF_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_COMMISSION_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_COUNT_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_IDENTIFIER_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_INDEX_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_LENGTH;
import static io.tradingcore.event.EventCodec.POSITION_LOGIN_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_MAGIC_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_OPEN_TIME_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_PRICE_OPEN_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_PROFIT_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_SIDE_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_STOP_LOSS_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_SWAP_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_TAKE_PROFIT_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_TICKET_OFFSET;
import static io.tradingcore.event.EventCodec.POSITION_VOLUME_OFFSET;

/**
 * The ACCOUNT and POSITION bodies of {@link EventCodec}'s layout (offsets are its {@code ACCOUNT_*} and
 * {@code POSITION_*} constants): the terminal's account and positions snapshot entries as journaled. Stateless;
 * any thread with its own buffers.
 */
final class AccountEventCodec
{
    private AccountEventCodec()
    {
    }

    static int encodeAccount(final AccountReport account, final MutableDirectBuffer buffer)
    {
        buffer.putLong(ACCOUNT_LOGIN_OFFSET, account.login, ORDER);
        buffer.putDouble(ACCOUNT_BALANCE_OFFSET, account.balance, ORDER);
        buffer.putDouble(ACCOUNT_EQUITY_OFFSET, account.equity, ORDER);
        buffer.putDouble(ACCOUNT_MARGIN_OFFSET, account.margin, ORDER);
        buffer.putDouble(ACCOUNT_FREE_MARGIN_OFFSET, account.freeMargin, ORDER);
        buffer.putInt(ACCOUNT_LEVERAGE_OFFSET, account.leverage, ORDER);
        buffer.putInt(ACCOUNT_MARGIN_MODE_OFFSET, 0, ORDER);
        buffer.putByte(ACCOUNT_MARGIN_MODE_OFFSET, account.marginMode);
        return ACCOUNT_LENGTH;
    }

    static int encodePosition(final PositionReport position, final MutableDirectBuffer buffer)
    {
        buffer.putLong(POSITION_LOGIN_OFFSET, position.login, ORDER);
        buffer.putLong(POSITION_AS_OF_OFFSET, position.asOfNanos, ORDER);
        buffer.putInt(POSITION_INDEX_OFFSET, position.index, ORDER);
        buffer.putInt(POSITION_COUNT_OFFSET, position.count, ORDER);
        buffer.putLong(POSITION_TICKET_OFFSET, position.ticket, ORDER);
        buffer.putLong(POSITION_IDENTIFIER_OFFSET, position.identifier, ORDER);
        buffer.putLong(POSITION_MAGIC_OFFSET, position.magic, ORDER);
        buffer.putDouble(POSITION_VOLUME_OFFSET, position.volume, ORDER);
        buffer.putDouble(POSITION_PRICE_OPEN_OFFSET, position.priceOpen, ORDER);
        buffer.putDouble(POSITION_STOP_LOSS_OFFSET, position.stopLoss, ORDER);
        buffer.putDouble(POSITION_TAKE_PROFIT_OFFSET, position.takeProfit, ORDER);
        buffer.putDouble(POSITION_PROFIT_OFFSET, position.profit, ORDER);
        buffer.putDouble(POSITION_SWAP_OFFSET, position.swap, ORDER);
        buffer.putDouble(POSITION_COMMISSION_OFFSET, position.commission, ORDER);
        buffer.putLong(POSITION_OPEN_TIME_OFFSET, position.openTimeNanos, ORDER);
        buffer.putLong(POSITION_SIDE_OFFSET, 0L, ORDER);
        buffer.putByte(POSITION_SIDE_OFFSET, position.side);
        return POSITION_LENGTH;
    }

    static void decodeAccount(final DirectBuffer buffer, final AccountReport account)
    {
        account.login = buffer.getLong(ACCOUNT_LOGIN_OFFSET, ORDER);
        account.balance = buffer.getDouble(ACCOUNT_BALANCE_OFFSET, ORDER);
        account.equity = buffer.getDouble(ACCOUNT_EQUITY_OFFSET, ORDER);
        account.margin = buffer.getDouble(ACCOUNT_MARGIN_OFFSET, ORDER);
        account.freeMargin = buffer.getDouble(ACCOUNT_FREE_MARGIN_OFFSET, ORDER);
        account.leverage = buffer.getInt(ACCOUNT_LEVERAGE_OFFSET, ORDER);
        account.marginMode = buffer.getByte(ACCOUNT_MARGIN_MODE_OFFSET);
    }

    static void decodePosition(final DirectBuffer buffer, final PositionReport position)
    {
        position.login = buffer.getLong(POSITION_LOGIN_OFFSET, ORDER);
        position.asOfNanos = buffer.getLong(POSITION_AS_OF_OFFSET, ORDER);
        position.index = buffer.getInt(POSITION_INDEX_OFFSET, ORDER);
        position.count = buffer.getInt(POSITION_COUNT_OFFSET, ORDER);
        position.ticket = buffer.getLong(POSITION_TICKET_OFFSET, ORDER);
        position.identifier = buffer.getLong(POSITION_IDENTIFIER_OFFSET, ORDER);
        position.magic = buffer.getLong(POSITION_MAGIC_OFFSET, ORDER);
        position.volume = buffer.getDouble(POSITION_VOLUME_OFFSET, ORDER);
        position.priceOpen = buffer.getDouble(POSITION_PRICE_OPEN_OFFSET, ORDER);
        position.stopLoss = buffer.getDouble(POSITION_STOP_LOSS_OFFSET, ORDER);
        position.takeProfit = buffer.getDouble(POSITION_TAKE_PROFIT_OFFSET, ORDER);
        position.profit = buffer.getDouble(POSITION_PROFIT_OFFSET, ORDER);
        position.swap = buffer.getDouble(POSITION_SWAP_OFFSET, ORDER);
        position.commission = buffer.getDouble(POSITION_COMMISSION_OFFSET, ORDER);
        position.openTimeNanos = buffer.getLong(POSITION_OPEN_TIME_OFFSET, ORDER);
        position.side = buffer.getByte(POSITION_SIDE_OFFSET);
    }
}
