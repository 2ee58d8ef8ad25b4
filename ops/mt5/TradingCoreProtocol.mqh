//+------------------------------------------------------------------+
//|                                          TradingCoreProtocol.mqh |
//|                    tradingcore MT5 bridge protocol, version 1    |
//|                                                                  |
//| Wire format of docs/mt5-protocol.md: little-endian, 16-byte      |
//| header, fixed-size bodies, char[N] zero-padded UTF-8 text.       |
//|                                                                  |
//| Frames are built and parsed byte by byte (TcPut*/TcGet*), never  |
//| with StructToCharArray: the structs below hold decoded values    |
//| only, so their in-memory layout (alignment, strings) does not    |
//| matter. Every offset is the one of the protocol document.        |
//+------------------------------------------------------------------+
#ifndef TRADINGCORE_PROTOCOL_MQH
#define TRADINGCORE_PROTOCOL_MQH

//--- framing
#define TC_PROTOCOL_VERSION        1
#define TC_HEADER_SIZE             16
#define TC_MAX_FRAME               65536
#define TC_CLIENT_BUILD            100

//--- message types
#define TC_MSG_HELLO               1
#define TC_MSG_CHALLENGE           2
#define TC_MSG_AUTH                3
#define TC_MSG_AUTH_OK             4
#define TC_MSG_HEARTBEAT           5
#define TC_MSG_ERROR               6
#define TC_MSG_SYMBOL_INFO         10
#define TC_MSG_ACCOUNT_INFO        11
#define TC_MSG_TICK                12
#define TC_MSG_BAR                 13
#define TC_MSG_POSITIONS_SNAPSHOT  14
#define TC_MSG_ORDER_NEW           20
#define TC_MSG_ORDER_MODIFY        21
#define TC_MSG_ORDER_CANCEL        22
#define TC_MSG_EXEC_REPORT         23

//--- body sizes (POSITIONS_SNAPSHOT: fixed part; each entry adds TC_POSITION_ENTRY_SIZE)
#define TC_BODY_HELLO              96
#define TC_BODY_CHALLENGE          48
#define TC_BODY_AUTH               32
#define TC_BODY_AUTH_OK            24
#define TC_BODY_HEARTBEAT          16
#define TC_BODY_ERROR              128
#define TC_BODY_SYMBOL_INFO        120
#define TC_BODY_ACCOUNT_INFO       136
#define TC_BODY_TICK               48
#define TC_BODY_BAR                56
#define TC_BODY_POSITIONS_FIXED    16
#define TC_POSITION_ENTRY_SIZE     96
#define TC_MAX_POSITIONS           500
#define TC_BODY_ORDER_NEW          112
#define TC_BODY_ORDER_MODIFY       40
#define TC_BODY_ORDER_CANCEL       8
#define TC_BODY_EXEC_REPORT        160

//--- direction of a message type
#define TC_DIR_UNKNOWN             0
#define TC_DIR_TO_SERVER           1
#define TC_DIR_TO_CLIENT           2
#define TC_DIR_BOTH                3

//--- ERROR codes
#define TC_ERR_NONE                0
#define TC_ERR_MALFORMED           1
#define TC_ERR_UNKNOWN_TYPE        2
#define TC_ERR_TOO_LARGE           3
#define TC_ERR_UNSUPPORTED_VERSION 4
#define TC_ERR_AUTH_FAILED         5
#define TC_ERR_NOT_AUTHENTICATED   6
#define TC_ERR_IDLE_TIMEOUT        7
#define TC_ERR_SESSION_EXISTS      8
#define TC_ERR_UNKNOWN_SYMBOL      9
#define TC_ERR_INVALID_VALUE       10
#define TC_ERR_SEQUENCE            11
#define TC_ERR_OVERLOADED          12
#define TC_ERR_UNKNOWN_ORDER       13
#define TC_ERR_INTERNAL            14

//--- EXEC_REPORT.execType
#define TC_EXEC_NEW                0
#define TC_EXEC_PARTIAL_FILL       1
#define TC_EXEC_FILL               2
#define TC_EXEC_CANCELLED          3
#define TC_EXEC_REJECTED           4
#define TC_EXEC_EXPIRED            5
#define TC_EXEC_MODIFIED           6

//--- sides, order types, filling, time types, timeframes
#define TC_SIDE_BUY                0
#define TC_SIDE_SELL               1
#define TC_ORDER_MARKET            0
#define TC_ORDER_LIMIT             1
#define TC_ORDER_STOP              2
#define TC_FILL_FOK                0
#define TC_FILL_IOC                1
#define TC_FILL_RETURN             2
#define TC_TIME_GTC                0
#define TC_TIME_DAY                1
#define TC_TIME_SPECIFIED          2
#define TC_TF_M1                   0
#define TC_TF_M5                   1
#define TC_TF_M15                  2
#define TC_TF_M30                  3
#define TC_TF_H1                   4
#define TC_TF_H4                   5
#define TC_TF_D1                   6

//--- ACCOUNT_INFO.marginMode, SYMBOL_INFO.tradeMode
#define TC_MARGIN_RETAIL_NETTING   0
#define TC_MARGIN_EXCHANGE         1
#define TC_MARGIN_RETAIL_HEDGING   2
#define TC_TRADE_DISABLED          0
#define TC_TRADE_LONG_ONLY         1
#define TC_TRADE_SHORT_ONLY        2
#define TC_TRADE_CLOSE_ONLY        3
#define TC_TRADE_FULL              4

#define TC_MAX_SYMBOL_INDEX        1023

//+------------------------------------------------------------------+
//| Decoded messages (values only; not a wire layout)                |
//+------------------------------------------------------------------+
struct TcHeader
  {
   uint              length;
   ushort            type;
   uchar             version;
   uchar             flags;
   ulong             sequence;
  };

struct TcHello
  {
   ulong             login;
   ulong             lastServerSequence;
   uint              clientBuild;
   ushort            minVersion;
   ushort            maxVersion;
   string            terminal;            // char[32]
   string            server;              // char[40]
  };

struct TcChallenge
  {
   uchar             nonce[32];
   ulong             serverTimeMs;
   uint              heartbeatIntervalMs;
   uint              idleTimeoutMs;
  };

struct TcAuth
  {
   uchar             mac[32];
  };

struct TcAuthOk
  {
   ulong             sessionId;
   ulong             lastClientSequence;
   ulong             serverTimeMs;
  };

struct TcHeartbeat
  {
   ulong             timeMs;
   ulong             ackSequence;
  };

struct TcError
  {
   ushort            code;
   ulong             refSequence;
   string            message;             // char[112]
  };

struct TcSymbolInfo
  {
   double            point;
   double            contractSize;
   double            volumeMin;
   double            volumeMax;
   double            volumeStep;
   double            tickSize;
   double            tickValue;
   uint              symbolIndex;
   uint              digits;
   uchar             tradeMode;
   string            symbol;              // char[32]
   string            currencyBase;        // char[8]
   string            currencyProfit;      // char[8]
  };

struct TcAccountInfo
  {
   ulong             login;
   double            balance;
   double            equity;
   double            margin;
   double            freeMargin;
   uint              leverage;
   uchar             marginMode;
   string            currency;            // char[8]
   string            server;              // char[40]
   string            company;             // char[40]
  };

struct TcTick
  {
   ulong             timeMs;
   double            bid;
   double            ask;
   double            last;
   double            volume;
   uint              symbolIndex;
   uint              flags;
  };

struct TcBar
  {
   ulong             openTimeMs;
   double            open;
   double            high;
   double            low;
   double            close;
   double            volume;
   uint              symbolIndex;
   uchar             timeframe;
  };

struct TcPositionEntry
  {
   ulong             ticket;
   ulong             identifier;
   ulong             magic;
   double            volume;
   double            priceOpen;
   double            stopLoss;
   double            takeProfit;
   double            profit;
   double            swap;
   double            commission;
   ulong             openTimeMs;
   uint              symbolIndex;
   uchar             side;
  };

struct TcOrderNew
  {
   ulong             clientOrderId;
   ulong             magic;
   ulong             positionTicket;
   double            volume;
   double            price;
   double            stopLoss;
   double            takeProfit;
   ulong             expirationMs;
   uint              symbolIndex;
   uint              deviationPoints;
   uchar             side;
   uchar             orderType;
   uchar             filling;
   uchar             timeType;
   string            comment;             // char[32]
  };

struct TcOrderModify
  {
   ulong             clientOrderId;
   double            price;
   double            stopLoss;
   double            takeProfit;
   ulong             expirationMs;
  };

struct TcOrderCancel
  {
   ulong             clientOrderId;
  };

struct TcExecReport
  {
   ulong             clientOrderId;
   ulong             orderTicket;
   ulong             dealTicket;
   ulong             positionTicket;
   ulong             timeMs;
   double            lastQuantity;
   double            lastPrice;
   double            cumulativeQuantity;
   double            leavesQuantity;
   double            averagePrice;
   double            commission;
   double            swap;
   uint              symbolIndex;
   int               retcode;
   uchar             execType;
   uchar             side;
   string            text;                // char[48]
  };

//+------------------------------------------------------------------+
//| Little-endian primitives                                         |
//+------------------------------------------------------------------+
union TcF64Bits
  {
   double            d;
   ulong             u;
  };

void TcPutU8(uchar &b[],const int off,const uint v)
  {
   b[off]=(uchar)(v&0xFF);
  }

void TcPutU16(uchar &b[],const int off,const uint v)
  {
   b[off]  =(uchar)(v&0xFF);
   b[off+1]=(uchar)((v>>8)&0xFF);
  }

void TcPutU32(uchar &b[],const int off,const uint v)
  {
   b[off]  =(uchar)(v&0xFF);
   b[off+1]=(uchar)((v>>8)&0xFF);
   b[off+2]=(uchar)((v>>16)&0xFF);
   b[off+3]=(uchar)((v>>24)&0xFF);
  }

void TcPutI32(uchar &b[],const int off,const int v)
  {
   TcPutU32(b,off,(uint)v);
  }

void TcPutU64(uchar &b[],const int off,const ulong v)
  {
   for(int i=0; i<8; i++)
      b[off+i]=(uchar)((v>>(8*i))&0xFF);
  }

void TcPutF64(uchar &b[],const int off,const double v)
  {
   TcF64Bits bits;
   bits.d=v;
   TcPutU64(b,off,bits.u);
  }

uint TcGetU8(const uchar &b[],const int off)
  {
   return((uint)b[off]);
  }

uint TcGetU16(const uchar &b[],const int off)
  {
   return((uint)b[off] | ((uint)b[off+1]<<8));
  }

uint TcGetU32(const uchar &b[],const int off)
  {
   return((uint)b[off] | ((uint)b[off+1]<<8) | ((uint)b[off+2]<<16) | ((uint)b[off+3]<<24));
  }

int TcGetI32(const uchar &b[],const int off)
  {
   return((int)TcGetU32(b,off));
  }

ulong TcGetU64(const uchar &b[],const int off)
  {
   ulong v=0;
   for(int i=7; i>=0; i--)
      v=(v<<8) | (ulong)b[off+i];
   return(v);
  }

double TcGetF64(const uchar &b[],const int off)
  {
   TcF64Bits bits;
   bits.u=TcGetU64(b,off);
   return(bits.d);
  }

//--- true when every byte of b[off .. off+n) is 0
bool TcAllZero(const uchar &b[],const int off,const int n)
  {
   for(int i=0; i<n; i++)
      if(b[off+i]!=0)
         return(false);
   return(true);
  }

//--- UTF-8 bytes of a string, without the terminating zero
int TcUtf8Bytes(const string s,uchar &out[])
  {
   uchar tmp[];
   int copied=StringToCharArray(s,tmp,0,WHOLE_ARRAY,CP_UTF8);
   int len=(copied>0) ? copied-1 : 0;
//--- a string never holds a zero character, but stop at one defensively
   for(int i=0; i<len; i++)
      if(tmp[i]==0)
        {
         len=i;
         break;
        }
   ArrayResize(out,len);
   for(int i=0; i<len; i++)
      out[i]=tmp[i];
   return(len);
  }

//--- char[n] field: UTF-8 text then zeros; cut on a character boundary when too long
void TcPutText(uchar &b[],const int off,const int n,const string s)
  {
   for(int i=0; i<n; i++)
      b[off+i]=0;
   uchar u[];
   int len=TcUtf8Bytes(s,u);
   if(len>n)
     {
      len=n;
      //--- u[len] is the first byte left out: if it continues a character, drop that character
      while(len>0 && (u[len]&0xC0)==0x80)
         len--;
     }
   for(int i=0; i<len; i++)
      b[off+i]=u[i];
  }

//--- text of a char[n] field (up to the first zero, or all n bytes)
string TcGetText(const uchar &b[],const int off,const int n)
  {
   int len=0;
   while(len<n && b[off+len]!=0)
      len++;
   if(len==0)
      return("");
   uchar tmp[];
   ArrayResize(tmp,len);
   for(int i=0; i<len; i++)
      tmp[i]=b[off+i];
   return(CharArrayToString(tmp,0,len,CP_UTF8));
  }

//--- a char[n] field is valid when every byte after the first zero is zero
bool TcTextValid(const uchar &b[],const int off,const int n)
  {
   int i=0;
   while(i<n && b[off+i]!=0)
      i++;
   for(; i<n; i++)
      if(b[off+i]!=0)
         return(false);
   return(true);
  }

bool TcFinite(const double v)
  {
   return(MathIsValidNumber(v));
  }

string TcU64ToString(const ulong v)
  {
   return(StringFormat("%I64u",v));
  }

//--- lower-case hex of the first n bytes (n<0: all)
string TcHex(const uchar &b[],const int n=-1)
  {
   int count=(n<0 || n>ArraySize(b)) ? ArraySize(b) : n;
   string s="";
   for(int i=0; i<count; i++)
      s+=StringFormat("%02x",(uint)b[i]);
   return(s);
  }

//+------------------------------------------------------------------+
//| Message table                                                    |
//+------------------------------------------------------------------+
//--- fixed body length of a type, -1 for an unknown type
int TcBodySize(const uint type)
  {
   switch(type)
     {
      case TC_MSG_HELLO:              return(TC_BODY_HELLO);
      case TC_MSG_CHALLENGE:          return(TC_BODY_CHALLENGE);
      case TC_MSG_AUTH:               return(TC_BODY_AUTH);
      case TC_MSG_AUTH_OK:            return(TC_BODY_AUTH_OK);
      case TC_MSG_HEARTBEAT:          return(TC_BODY_HEARTBEAT);
      case TC_MSG_ERROR:              return(TC_BODY_ERROR);
      case TC_MSG_SYMBOL_INFO:        return(TC_BODY_SYMBOL_INFO);
      case TC_MSG_ACCOUNT_INFO:       return(TC_BODY_ACCOUNT_INFO);
      case TC_MSG_TICK:               return(TC_BODY_TICK);
      case TC_MSG_BAR:                return(TC_BODY_BAR);
      case TC_MSG_POSITIONS_SNAPSHOT: return(TC_BODY_POSITIONS_FIXED);
      case TC_MSG_ORDER_NEW:          return(TC_BODY_ORDER_NEW);
      case TC_MSG_ORDER_MODIFY:       return(TC_BODY_ORDER_MODIFY);
      case TC_MSG_ORDER_CANCEL:       return(TC_BODY_ORDER_CANCEL);
      case TC_MSG_EXEC_REPORT:        return(TC_BODY_EXEC_REPORT);
     }
   return(-1);
  }

int TcDirection(const uint type)
  {
   switch(type)
     {
      case TC_MSG_HELLO:
      case TC_MSG_AUTH:
      case TC_MSG_SYMBOL_INFO:
      case TC_MSG_ACCOUNT_INFO:
      case TC_MSG_TICK:
      case TC_MSG_BAR:
      case TC_MSG_POSITIONS_SNAPSHOT:
      case TC_MSG_EXEC_REPORT:
         return(TC_DIR_TO_SERVER);
      case TC_MSG_CHALLENGE:
      case TC_MSG_AUTH_OK:
      case TC_MSG_ORDER_NEW:
      case TC_MSG_ORDER_MODIFY:
      case TC_MSG_ORDER_CANCEL:
         return(TC_DIR_TO_CLIENT);
      case TC_MSG_HEARTBEAT:
      case TC_MSG_ERROR:
         return(TC_DIR_BOTH);
     }
   return(TC_DIR_UNKNOWN);
  }

string TcTypeName(const uint type)
  {
   switch(type)
     {
      case TC_MSG_HELLO:              return("HELLO");
      case TC_MSG_CHALLENGE:          return("CHALLENGE");
      case TC_MSG_AUTH:               return("AUTH");
      case TC_MSG_AUTH_OK:            return("AUTH_OK");
      case TC_MSG_HEARTBEAT:          return("HEARTBEAT");
      case TC_MSG_ERROR:              return("ERROR");
      case TC_MSG_SYMBOL_INFO:        return("SYMBOL_INFO");
      case TC_MSG_ACCOUNT_INFO:       return("ACCOUNT_INFO");
      case TC_MSG_TICK:               return("TICK");
      case TC_MSG_BAR:                return("BAR");
      case TC_MSG_POSITIONS_SNAPSHOT: return("POSITIONS_SNAPSHOT");
      case TC_MSG_ORDER_NEW:          return("ORDER_NEW");
      case TC_MSG_ORDER_MODIFY:       return("ORDER_MODIFY");
      case TC_MSG_ORDER_CANCEL:       return("ORDER_CANCEL");
      case TC_MSG_EXEC_REPORT:        return("EXEC_REPORT");
     }
   return("TYPE_"+IntegerToString((long)type));
  }

string TcErrorName(const uint code)
  {
   switch(code)
     {
      case TC_ERR_MALFORMED:           return("MALFORMED");
      case TC_ERR_UNKNOWN_TYPE:        return("UNKNOWN_TYPE");
      case TC_ERR_TOO_LARGE:           return("TOO_LARGE");
      case TC_ERR_UNSUPPORTED_VERSION: return("UNSUPPORTED_VERSION");
      case TC_ERR_AUTH_FAILED:         return("AUTH_FAILED");
      case TC_ERR_NOT_AUTHENTICATED:   return("NOT_AUTHENTICATED");
      case TC_ERR_IDLE_TIMEOUT:        return("IDLE_TIMEOUT");
      case TC_ERR_SESSION_EXISTS:      return("SESSION_EXISTS");
      case TC_ERR_UNKNOWN_SYMBOL:      return("UNKNOWN_SYMBOL");
      case TC_ERR_INVALID_VALUE:       return("INVALID_VALUE");
      case TC_ERR_SEQUENCE:            return("SEQUENCE");
      case TC_ERR_OVERLOADED:          return("OVERLOADED");
      case TC_ERR_UNKNOWN_ORDER:       return("UNKNOWN_ORDER");
      case TC_ERR_INTERNAL:            return("INTERNAL");
     }
   return("CODE_"+IntegerToString((long)code));
  }

//--- does an ERROR with this code close the connection (protocol table "closes")
bool TcErrorCloses(const uint code)
  {
   switch(code)
     {
      case TC_ERR_UNKNOWN_SYMBOL:
      case TC_ERR_INVALID_VALUE:
      case TC_ERR_SEQUENCE:
      case TC_ERR_OVERLOADED:
      case TC_ERR_UNKNOWN_ORDER:
         return(false);
     }
   return(true);
  }

//+------------------------------------------------------------------+
//| Header                                                           |
//+------------------------------------------------------------------+
void TcReadHeader(const uchar &b[],const int off,TcHeader &h)
  {
   h.length  =TcGetU32(b,off);
   h.type    =(ushort)TcGetU16(b,off+4);
   h.version =(uchar)TcGetU8(b,off+6);
   h.flags   =(uchar)TcGetU8(b,off+7);
   h.sequence=TcGetU64(b,off+8);
  }

void TcWriteHeader(uchar &b[],const int off,const uint length,const uint type,const ulong sequence)
  {
   TcPutU32(b,off,length);
   TcPutU16(b,off+4,type);
   TcPutU8(b,off+6,TC_PROTOCOL_VERSION);
   TcPutU8(b,off+7,0);
   TcPutU64(b,off+8,sequence);
  }

//--- a zeroed frame of the given body length with its header written; returns the frame length
int TcFrameNew(uchar &frame[],const uint type,const ulong sequence,const int bodyLength)
  {
   int total=TC_HEADER_SIZE+bodyLength;
   ArrayResize(frame,total);
   ArrayInitialize(frame,0);
   TcWriteHeader(frame,0,(uint)total,type,sequence);
   return(total);
  }

//--- frame from an already encoded body (used to re-send a stored EXEC_REPORT body)
int TcFrameFromBody(uchar &frame[],const uint type,const ulong sequence,const uchar &body[],const int bodyLength)
  {
   int total=TcFrameNew(frame,type,sequence,bodyLength);
   for(int i=0; i<bodyLength; i++)
      frame[TC_HEADER_SIZE+i]=body[i];
   return(total);
  }

//--- Checks a complete header. fromServer: the frame was received by the client.
//--- Returns 0, or the ERROR code to answer with (err says why).
int TcCheckHeader(const TcHeader &h,const bool fromServer,string &err)
  {
   err="";
   if(h.length<TC_HEADER_SIZE || h.length>TC_MAX_FRAME)
     {
      err=StringFormat("frame length %u outside %d..%d",h.length,TC_HEADER_SIZE,TC_MAX_FRAME);
      return(TC_ERR_TOO_LARGE);
     }
   if(h.version!=TC_PROTOCOL_VERSION)
     {
      err=StringFormat("protocol version %u, expected %d",(uint)h.version,TC_PROTOCOL_VERSION);
      return(TC_ERR_UNSUPPORTED_VERSION);
     }
   int body=TcBodySize(h.type);
   if(body<0)
     {
      err=StringFormat("unknown frame type %u",(uint)h.type);
      return(TC_ERR_UNKNOWN_TYPE);
     }
   if(h.flags!=0)
     {
      err=StringFormat("%s: flags %u, expected 0",TcTypeName(h.type),(uint)h.flags);
      return(TC_ERR_MALFORMED);
     }
   int dir=TcDirection(h.type);
   if((fromServer && dir==TC_DIR_TO_SERVER) || (!fromServer && dir==TC_DIR_TO_CLIENT))
     {
      err=StringFormat("%s sent in the wrong direction",TcTypeName(h.type));
      return(TC_ERR_MALFORMED);
     }
   if(h.type==TC_MSG_POSITIONS_SNAPSHOT)
     {
      int rest=(int)h.length-TC_HEADER_SIZE-TC_BODY_POSITIONS_FIXED;
      if(rest<0 || (rest%TC_POSITION_ENTRY_SIZE)!=0 || rest/TC_POSITION_ENTRY_SIZE>TC_MAX_POSITIONS)
        {
         err=StringFormat("POSITIONS_SNAPSHOT length %u is not 32 + 96 x count (count <= %d)",h.length,TC_MAX_POSITIONS);
         return(TC_ERR_MALFORMED);
        }
      return(TC_ERR_NONE);
     }
   if((int)h.length!=TC_HEADER_SIZE+body)
     {
      err=StringFormat("%s length %u, expected %d",TcTypeName(h.type),h.length,TC_HEADER_SIZE+body);
      return(TC_ERR_MALFORMED);
     }
   return(TC_ERR_NONE);
  }

//+------------------------------------------------------------------+
//| Body writers: write the body of a message at b[off]              |
//| (the bytes must be zero beforehand: reserved bytes stay 0).      |
//| Body readers: read and validate the body at b[off]; false and    |
//| err on a malformed body (the caller answers ERROR 1 MALFORMED).  |
//+------------------------------------------------------------------+
//--- HELLO (1)
void TcWriteHelloBody(uchar &b[],const int off,const TcHello &m)
  {
   TcPutU64(b,off+0,m.login);
   TcPutU64(b,off+8,m.lastServerSequence);
   TcPutU32(b,off+16,m.clientBuild);
   TcPutU16(b,off+20,m.minVersion);
   TcPutU16(b,off+22,m.maxVersion);
   TcPutText(b,off+24,32,m.terminal);
   TcPutText(b,off+56,40,m.server);
  }

bool TcReadHelloBody(const uchar &b[],const int off,TcHello &m,string &err)
  {
   if(!TcTextValid(b,off+24,32) || !TcTextValid(b,off+56,40))
     {
      err="HELLO: bad text field";
      return(false);
     }
   m.login             =TcGetU64(b,off+0);
   m.lastServerSequence=TcGetU64(b,off+8);
   m.clientBuild       =TcGetU32(b,off+16);
   m.minVersion        =(ushort)TcGetU16(b,off+20);
   m.maxVersion        =(ushort)TcGetU16(b,off+22);
   m.terminal          =TcGetText(b,off+24,32);
   m.server            =TcGetText(b,off+56,40);
   return(true);
  }

//--- CHALLENGE (2)
void TcWriteChallengeBody(uchar &b[],const int off,const TcChallenge &m)
  {
   for(int i=0; i<32; i++)
      b[off+i]=m.nonce[i];
   TcPutU64(b,off+32,m.serverTimeMs);
   TcPutU32(b,off+40,m.heartbeatIntervalMs);
   TcPutU32(b,off+44,m.idleTimeoutMs);
  }

bool TcReadChallengeBody(const uchar &b[],const int off,TcChallenge &m,string &err)
  {
   for(int i=0; i<32; i++)
      m.nonce[i]=b[off+i];
   m.serverTimeMs       =TcGetU64(b,off+32);
   m.heartbeatIntervalMs=TcGetU32(b,off+40);
   m.idleTimeoutMs      =TcGetU32(b,off+44);
   return(true);
  }

//--- AUTH (3)
void TcWriteAuthBody(uchar &b[],const int off,const TcAuth &m)
  {
   for(int i=0; i<32; i++)
      b[off+i]=m.mac[i];
  }

bool TcReadAuthBody(const uchar &b[],const int off,TcAuth &m,string &err)
  {
   for(int i=0; i<32; i++)
      m.mac[i]=b[off+i];
   return(true);
  }

//--- AUTH_OK (4)
void TcWriteAuthOkBody(uchar &b[],const int off,const TcAuthOk &m)
  {
   TcPutU64(b,off+0,m.sessionId);
   TcPutU64(b,off+8,m.lastClientSequence);
   TcPutU64(b,off+16,m.serverTimeMs);
  }

bool TcReadAuthOkBody(const uchar &b[],const int off,TcAuthOk &m,string &err)
  {
   m.sessionId         =TcGetU64(b,off+0);
   m.lastClientSequence=TcGetU64(b,off+8);
   m.serverTimeMs      =TcGetU64(b,off+16);
   return(true);
  }

//--- HEARTBEAT (5)
void TcWriteHeartbeatBody(uchar &b[],const int off,const TcHeartbeat &m)
  {
   TcPutU64(b,off+0,m.timeMs);
   TcPutU64(b,off+8,m.ackSequence);
  }

bool TcReadHeartbeatBody(const uchar &b[],const int off,TcHeartbeat &m,string &err)
  {
   m.timeMs     =TcGetU64(b,off+0);
   m.ackSequence=TcGetU64(b,off+8);
   return(true);
  }

//--- ERROR (6)
void TcWriteErrorBody(uchar &b[],const int off,const TcError &m)
  {
   TcPutU16(b,off+0,m.code);
   TcPutU64(b,off+8,m.refSequence);
   TcPutText(b,off+16,112,m.message);
  }

bool TcReadErrorBody(const uchar &b[],const int off,TcError &m,string &err)
  {
   if(!TcAllZero(b,off+2,6))
     {
      err="ERROR: reserved bytes not zero";
      return(false);
     }
   if(!TcTextValid(b,off+16,112))
     {
      err="ERROR: bad message text";
      return(false);
     }
   m.code       =(ushort)TcGetU16(b,off+0);
   m.refSequence=TcGetU64(b,off+8);
   m.message    =TcGetText(b,off+16,112);
   return(true);
  }

//--- SYMBOL_INFO (10)
void TcWriteSymbolInfoBody(uchar &b[],const int off,const TcSymbolInfo &m)
  {
   TcPutF64(b,off+0,m.point);
   TcPutF64(b,off+8,m.contractSize);
   TcPutF64(b,off+16,m.volumeMin);
   TcPutF64(b,off+24,m.volumeMax);
   TcPutF64(b,off+32,m.volumeStep);
   TcPutF64(b,off+40,m.tickSize);
   TcPutF64(b,off+48,m.tickValue);
   TcPutU32(b,off+56,m.symbolIndex);
   TcPutU32(b,off+60,m.digits);
   TcPutU8(b,off+64,m.tradeMode);
   TcPutText(b,off+72,32,m.symbol);
   TcPutText(b,off+104,8,m.currencyBase);
   TcPutText(b,off+112,8,m.currencyProfit);
  }

bool TcReadSymbolInfoBody(const uchar &b[],const int off,TcSymbolInfo &m,string &err)
  {
   if(!TcAllZero(b,off+65,7))
     {
      err="SYMBOL_INFO: reserved bytes not zero";
      return(false);
     }
   if(!TcTextValid(b,off+72,32) || !TcTextValid(b,off+104,8) || !TcTextValid(b,off+112,8))
     {
      err="SYMBOL_INFO: bad text field";
      return(false);
     }
   m.point         =TcGetF64(b,off+0);
   m.contractSize  =TcGetF64(b,off+8);
   m.volumeMin     =TcGetF64(b,off+16);
   m.volumeMax     =TcGetF64(b,off+24);
   m.volumeStep    =TcGetF64(b,off+32);
   m.tickSize      =TcGetF64(b,off+40);
   m.tickValue     =TcGetF64(b,off+48);
   m.symbolIndex   =TcGetU32(b,off+56);
   m.digits        =TcGetU32(b,off+60);
   m.tradeMode     =(uchar)TcGetU8(b,off+64);
   m.symbol        =TcGetText(b,off+72,32);
   m.currencyBase  =TcGetText(b,off+104,8);
   m.currencyProfit=TcGetText(b,off+112,8);
   if(!TcFinite(m.point) || !TcFinite(m.contractSize) || !TcFinite(m.volumeMin) || !TcFinite(m.volumeMax) ||
      !TcFinite(m.volumeStep) || !TcFinite(m.tickSize) || !TcFinite(m.tickValue))
     {
      err="SYMBOL_INFO: non-finite number";
      return(false);
     }
   return(true);
  }

//--- ACCOUNT_INFO (11)
void TcWriteAccountInfoBody(uchar &b[],const int off,const TcAccountInfo &m)
  {
   TcPutU64(b,off+0,m.login);
   TcPutF64(b,off+8,m.balance);
   TcPutF64(b,off+16,m.equity);
   TcPutF64(b,off+24,m.margin);
   TcPutF64(b,off+32,m.freeMargin);
   TcPutU32(b,off+40,m.leverage);
   TcPutU8(b,off+44,m.marginMode);
   TcPutText(b,off+48,8,m.currency);
   TcPutText(b,off+56,40,m.server);
   TcPutText(b,off+96,40,m.company);
  }

bool TcReadAccountInfoBody(const uchar &b[],const int off,TcAccountInfo &m,string &err)
  {
   if(!TcAllZero(b,off+45,3))
     {
      err="ACCOUNT_INFO: reserved bytes not zero";
      return(false);
     }
   if(!TcTextValid(b,off+48,8) || !TcTextValid(b,off+56,40) || !TcTextValid(b,off+96,40))
     {
      err="ACCOUNT_INFO: bad text field";
      return(false);
     }
   m.login     =TcGetU64(b,off+0);
   m.balance   =TcGetF64(b,off+8);
   m.equity    =TcGetF64(b,off+16);
   m.margin    =TcGetF64(b,off+24);
   m.freeMargin=TcGetF64(b,off+32);
   m.leverage  =TcGetU32(b,off+40);
   m.marginMode=(uchar)TcGetU8(b,off+44);
   m.currency  =TcGetText(b,off+48,8);
   m.server    =TcGetText(b,off+56,40);
   m.company   =TcGetText(b,off+96,40);
   if(!TcFinite(m.balance) || !TcFinite(m.equity) || !TcFinite(m.margin) || !TcFinite(m.freeMargin))
     {
      err="ACCOUNT_INFO: non-finite number";
      return(false);
     }
   return(true);
  }

//--- TICK (12)
void TcWriteTickBody(uchar &b[],const int off,const TcTick &m)
  {
   TcPutU64(b,off+0,m.timeMs);
   TcPutF64(b,off+8,m.bid);
   TcPutF64(b,off+16,m.ask);
   TcPutF64(b,off+24,m.last);
   TcPutF64(b,off+32,m.volume);
   TcPutU32(b,off+40,m.symbolIndex);
   TcPutU32(b,off+44,m.flags);
  }

bool TcReadTickBody(const uchar &b[],const int off,TcTick &m,string &err)
  {
   m.timeMs     =TcGetU64(b,off+0);
   m.bid        =TcGetF64(b,off+8);
   m.ask        =TcGetF64(b,off+16);
   m.last       =TcGetF64(b,off+24);
   m.volume     =TcGetF64(b,off+32);
   m.symbolIndex=TcGetU32(b,off+40);
   m.flags      =TcGetU32(b,off+44);
   if(!TcFinite(m.bid) || !TcFinite(m.ask) || !TcFinite(m.last) || !TcFinite(m.volume))
     {
      err="TICK: non-finite number";
      return(false);
     }
   return(true);
  }

//--- BAR (13)
void TcWriteBarBody(uchar &b[],const int off,const TcBar &m)
  {
   TcPutU64(b,off+0,m.openTimeMs);
   TcPutF64(b,off+8,m.open);
   TcPutF64(b,off+16,m.high);
   TcPutF64(b,off+24,m.low);
   TcPutF64(b,off+32,m.close);
   TcPutF64(b,off+40,m.volume);
   TcPutU32(b,off+48,m.symbolIndex);
   TcPutU8(b,off+52,m.timeframe);
  }

bool TcReadBarBody(const uchar &b[],const int off,TcBar &m,string &err)
  {
   if(!TcAllZero(b,off+53,3))
     {
      err="BAR: reserved bytes not zero";
      return(false);
     }
   m.openTimeMs =TcGetU64(b,off+0);
   m.open       =TcGetF64(b,off+8);
   m.high       =TcGetF64(b,off+16);
   m.low        =TcGetF64(b,off+24);
   m.close      =TcGetF64(b,off+32);
   m.volume     =TcGetF64(b,off+40);
   m.symbolIndex=TcGetU32(b,off+48);
   m.timeframe  =(uchar)TcGetU8(b,off+52);
   if(!TcFinite(m.open) || !TcFinite(m.high) || !TcFinite(m.low) || !TcFinite(m.close) || !TcFinite(m.volume))
     {
      err="BAR: non-finite number";
      return(false);
     }
   return(true);
  }

//--- POSITIONS_SNAPSHOT (14): fixed part, then count entries of 96 bytes
void TcWritePositionEntry(uchar &b[],const int off,const TcPositionEntry &e)
  {
   TcPutU64(b,off+0,e.ticket);
   TcPutU64(b,off+8,e.identifier);
   TcPutU64(b,off+16,e.magic);
   TcPutF64(b,off+24,e.volume);
   TcPutF64(b,off+32,e.priceOpen);
   TcPutF64(b,off+40,e.stopLoss);
   TcPutF64(b,off+48,e.takeProfit);
   TcPutF64(b,off+56,e.profit);
   TcPutF64(b,off+64,e.swap);
   TcPutF64(b,off+72,e.commission);
   TcPutU64(b,off+80,e.openTimeMs);
   TcPutU32(b,off+88,e.symbolIndex);
   TcPutU8(b,off+92,e.side);
  }

bool TcReadPositionEntry(const uchar &b[],const int off,TcPositionEntry &e,string &err)
  {
   if(!TcAllZero(b,off+93,3))
     {
      err="POSITIONS_SNAPSHOT: entry reserved bytes not zero";
      return(false);
     }
   e.ticket     =TcGetU64(b,off+0);
   e.identifier =TcGetU64(b,off+8);
   e.magic      =TcGetU64(b,off+16);
   e.volume     =TcGetF64(b,off+24);
   e.priceOpen  =TcGetF64(b,off+32);
   e.stopLoss   =TcGetF64(b,off+40);
   e.takeProfit =TcGetF64(b,off+48);
   e.profit     =TcGetF64(b,off+56);
   e.swap       =TcGetF64(b,off+64);
   e.commission =TcGetF64(b,off+72);
   e.openTimeMs =TcGetU64(b,off+80);
   e.symbolIndex=TcGetU32(b,off+88);
   e.side       =(uchar)TcGetU8(b,off+92);
   if(!TcFinite(e.volume) || !TcFinite(e.priceOpen) || !TcFinite(e.stopLoss) || !TcFinite(e.takeProfit) ||
      !TcFinite(e.profit) || !TcFinite(e.swap) || !TcFinite(e.commission))
     {
      err="POSITIONS_SNAPSHOT: non-finite number";
      return(false);
     }
   return(true);
  }

//--- body length of a snapshot with count entries
int TcPositionsBodySize(const int count)
  {
   return(TC_BODY_POSITIONS_FIXED+TC_POSITION_ENTRY_SIZE*count);
  }

void TcWritePositionsBody(uchar &b[],const int off,const ulong asOfMs,const TcPositionEntry &entries[],const int count)
  {
   TcPutU64(b,off+0,asOfMs);
   TcPutU32(b,off+8,(uint)count);
   TcPutU32(b,off+12,0);
   for(int i=0; i<count; i++)
      TcWritePositionEntry(b,off+TC_BODY_POSITIONS_FIXED+i*TC_POSITION_ENTRY_SIZE,entries[i]);
  }

//--- bodyLength: the body length taken from the header (length - 16)
bool TcReadPositionsBody(const uchar &b[],const int off,const int bodyLength,ulong &asOfMs,TcPositionEntry &entries[],int &count,string &err)
  {
   asOfMs=TcGetU64(b,off+0);
   count =(int)TcGetU32(b,off+8);
   if(TcGetU32(b,off+12)!=0)
     {
      err="POSITIONS_SNAPSHOT: reserved bytes not zero";
      return(false);
     }
   if(count<0 || count>TC_MAX_POSITIONS || TcPositionsBodySize(count)!=bodyLength)
     {
      err=StringFormat("POSITIONS_SNAPSHOT: count %d does not match body length %d",count,bodyLength);
      return(false);
     }
   ArrayResize(entries,count);
   for(int i=0; i<count; i++)
      if(!TcReadPositionEntry(b,off+TC_BODY_POSITIONS_FIXED+i*TC_POSITION_ENTRY_SIZE,entries[i],err))
         return(false);
   return(true);
  }

//--- ORDER_NEW (20)
void TcWriteOrderNewBody(uchar &b[],const int off,const TcOrderNew &m)
  {
   TcPutU64(b,off+0,m.clientOrderId);
   TcPutU64(b,off+8,m.magic);
   TcPutU64(b,off+16,m.positionTicket);
   TcPutF64(b,off+24,m.volume);
   TcPutF64(b,off+32,m.price);
   TcPutF64(b,off+40,m.stopLoss);
   TcPutF64(b,off+48,m.takeProfit);
   TcPutU64(b,off+56,m.expirationMs);
   TcPutU32(b,off+64,m.symbolIndex);
   TcPutU32(b,off+68,m.deviationPoints);
   TcPutU8(b,off+72,m.side);
   TcPutU8(b,off+73,m.orderType);
   TcPutU8(b,off+74,m.filling);
   TcPutU8(b,off+75,m.timeType);
   TcPutText(b,off+80,32,m.comment);
  }

bool TcReadOrderNewBody(const uchar &b[],const int off,TcOrderNew &m,string &err)
  {
   if(!TcAllZero(b,off+76,4))
     {
      err="ORDER_NEW: reserved bytes not zero";
      return(false);
     }
   if(!TcTextValid(b,off+80,32))
     {
      err="ORDER_NEW: bad comment text";
      return(false);
     }
   m.clientOrderId  =TcGetU64(b,off+0);
   m.magic          =TcGetU64(b,off+8);
   m.positionTicket =TcGetU64(b,off+16);
   m.volume         =TcGetF64(b,off+24);
   m.price          =TcGetF64(b,off+32);
   m.stopLoss       =TcGetF64(b,off+40);
   m.takeProfit     =TcGetF64(b,off+48);
   m.expirationMs   =TcGetU64(b,off+56);
   m.symbolIndex    =TcGetU32(b,off+64);
   m.deviationPoints=TcGetU32(b,off+68);
   m.side           =(uchar)TcGetU8(b,off+72);
   m.orderType      =(uchar)TcGetU8(b,off+73);
   m.filling        =(uchar)TcGetU8(b,off+74);
   m.timeType       =(uchar)TcGetU8(b,off+75);
   m.comment        =TcGetText(b,off+80,32);
   if(!TcFinite(m.volume) || !TcFinite(m.price) || !TcFinite(m.stopLoss) || !TcFinite(m.takeProfit))
     {
      err="ORDER_NEW: non-finite number";
      return(false);
     }
   return(true);
  }

//--- ORDER_MODIFY (21)
void TcWriteOrderModifyBody(uchar &b[],const int off,const TcOrderModify &m)
  {
   TcPutU64(b,off+0,m.clientOrderId);
   TcPutF64(b,off+8,m.price);
   TcPutF64(b,off+16,m.stopLoss);
   TcPutF64(b,off+24,m.takeProfit);
   TcPutU64(b,off+32,m.expirationMs);
  }

bool TcReadOrderModifyBody(const uchar &b[],const int off,TcOrderModify &m,string &err)
  {
   m.clientOrderId=TcGetU64(b,off+0);
   m.price        =TcGetF64(b,off+8);
   m.stopLoss     =TcGetF64(b,off+16);
   m.takeProfit   =TcGetF64(b,off+24);
   m.expirationMs =TcGetU64(b,off+32);
   if(!TcFinite(m.price) || !TcFinite(m.stopLoss) || !TcFinite(m.takeProfit))
     {
      err="ORDER_MODIFY: non-finite number";
      return(false);
     }
   return(true);
  }

//--- ORDER_CANCEL (22)
void TcWriteOrderCancelBody(uchar &b[],const int off,const TcOrderCancel &m)
  {
   TcPutU64(b,off+0,m.clientOrderId);
  }

bool TcReadOrderCancelBody(const uchar &b[],const int off,TcOrderCancel &m,string &err)
  {
   m.clientOrderId=TcGetU64(b,off+0);
   return(true);
  }

//--- EXEC_REPORT (23)
void TcWriteExecReportBody(uchar &b[],const int off,const TcExecReport &m)
  {
   TcPutU64(b,off+0,m.clientOrderId);
   TcPutU64(b,off+8,m.orderTicket);
   TcPutU64(b,off+16,m.dealTicket);
   TcPutU64(b,off+24,m.positionTicket);
   TcPutU64(b,off+32,m.timeMs);
   TcPutF64(b,off+40,m.lastQuantity);
   TcPutF64(b,off+48,m.lastPrice);
   TcPutF64(b,off+56,m.cumulativeQuantity);
   TcPutF64(b,off+64,m.leavesQuantity);
   TcPutF64(b,off+72,m.averagePrice);
   TcPutF64(b,off+80,m.commission);
   TcPutF64(b,off+88,m.swap);
   TcPutU32(b,off+96,m.symbolIndex);
   TcPutI32(b,off+100,m.retcode);
   TcPutU8(b,off+104,m.execType);
   TcPutU8(b,off+105,m.side);
   TcPutText(b,off+112,48,m.text);
  }

bool TcReadExecReportBody(const uchar &b[],const int off,TcExecReport &m,string &err)
  {
   if(!TcAllZero(b,off+106,6))
     {
      err="EXEC_REPORT: reserved bytes not zero";
      return(false);
     }
   if(!TcTextValid(b,off+112,48))
     {
      err="EXEC_REPORT: bad text field";
      return(false);
     }
   m.clientOrderId     =TcGetU64(b,off+0);
   m.orderTicket       =TcGetU64(b,off+8);
   m.dealTicket        =TcGetU64(b,off+16);
   m.positionTicket    =TcGetU64(b,off+24);
   m.timeMs            =TcGetU64(b,off+32);
   m.lastQuantity      =TcGetF64(b,off+40);
   m.lastPrice         =TcGetF64(b,off+48);
   m.cumulativeQuantity=TcGetF64(b,off+56);
   m.leavesQuantity    =TcGetF64(b,off+64);
   m.averagePrice      =TcGetF64(b,off+72);
   m.commission        =TcGetF64(b,off+80);
   m.swap              =TcGetF64(b,off+88);
   m.symbolIndex       =TcGetU32(b,off+96);
   m.retcode           =TcGetI32(b,off+100);
   m.execType          =(uchar)TcGetU8(b,off+104);
   m.side              =(uchar)TcGetU8(b,off+105);
   m.text              =TcGetText(b,off+112,48);
   if(!TcFinite(m.lastQuantity) || !TcFinite(m.lastPrice) || !TcFinite(m.cumulativeQuantity) ||
      !TcFinite(m.leavesQuantity) || !TcFinite(m.averagePrice) || !TcFinite(m.commission) || !TcFinite(m.swap))
     {
      err="EXEC_REPORT: non-finite number";
      return(false);
     }
   return(true);
  }

//+------------------------------------------------------------------+
//| Frame encoders: a whole frame (header + body) with sequence seq  |
//| Return the frame length.                                         |
//+------------------------------------------------------------------+
int TcEncodeHello(uchar &f[],const ulong seq,const TcHello &m)
  {
   int n=TcFrameNew(f,TC_MSG_HELLO,seq,TC_BODY_HELLO);
   TcWriteHelloBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeChallenge(uchar &f[],const ulong seq,const TcChallenge &m)
  {
   int n=TcFrameNew(f,TC_MSG_CHALLENGE,seq,TC_BODY_CHALLENGE);
   TcWriteChallengeBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeAuth(uchar &f[],const ulong seq,const TcAuth &m)
  {
   int n=TcFrameNew(f,TC_MSG_AUTH,seq,TC_BODY_AUTH);
   TcWriteAuthBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeAuthOk(uchar &f[],const ulong seq,const TcAuthOk &m)
  {
   int n=TcFrameNew(f,TC_MSG_AUTH_OK,seq,TC_BODY_AUTH_OK);
   TcWriteAuthOkBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeHeartbeat(uchar &f[],const ulong seq,const TcHeartbeat &m)
  {
   int n=TcFrameNew(f,TC_MSG_HEARTBEAT,seq,TC_BODY_HEARTBEAT);
   TcWriteHeartbeatBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeError(uchar &f[],const ulong seq,const TcError &m)
  {
   int n=TcFrameNew(f,TC_MSG_ERROR,seq,TC_BODY_ERROR);
   TcWriteErrorBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeSymbolInfo(uchar &f[],const ulong seq,const TcSymbolInfo &m)
  {
   int n=TcFrameNew(f,TC_MSG_SYMBOL_INFO,seq,TC_BODY_SYMBOL_INFO);
   TcWriteSymbolInfoBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeAccountInfo(uchar &f[],const ulong seq,const TcAccountInfo &m)
  {
   int n=TcFrameNew(f,TC_MSG_ACCOUNT_INFO,seq,TC_BODY_ACCOUNT_INFO);
   TcWriteAccountInfoBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeTick(uchar &f[],const ulong seq,const TcTick &m)
  {
   int n=TcFrameNew(f,TC_MSG_TICK,seq,TC_BODY_TICK);
   TcWriteTickBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeBar(uchar &f[],const ulong seq,const TcBar &m)
  {
   int n=TcFrameNew(f,TC_MSG_BAR,seq,TC_BODY_BAR);
   TcWriteBarBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodePositions(uchar &f[],const ulong seq,const ulong asOfMs,const TcPositionEntry &entries[],const int count)
  {
   int n=TcFrameNew(f,TC_MSG_POSITIONS_SNAPSHOT,seq,TcPositionsBodySize(count));
   TcWritePositionsBody(f,TC_HEADER_SIZE,asOfMs,entries,count);
   return(n);
  }

int TcEncodeOrderNew(uchar &f[],const ulong seq,const TcOrderNew &m)
  {
   int n=TcFrameNew(f,TC_MSG_ORDER_NEW,seq,TC_BODY_ORDER_NEW);
   TcWriteOrderNewBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeOrderModify(uchar &f[],const ulong seq,const TcOrderModify &m)
  {
   int n=TcFrameNew(f,TC_MSG_ORDER_MODIFY,seq,TC_BODY_ORDER_MODIFY);
   TcWriteOrderModifyBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeOrderCancel(uchar &f[],const ulong seq,const TcOrderCancel &m)
  {
   int n=TcFrameNew(f,TC_MSG_ORDER_CANCEL,seq,TC_BODY_ORDER_CANCEL);
   TcWriteOrderCancelBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

int TcEncodeExecReport(uchar &f[],const ulong seq,const TcExecReport &m)
  {
   int n=TcFrameNew(f,TC_MSG_EXEC_REPORT,seq,TC_BODY_EXEC_REPORT);
   TcWriteExecReportBody(f,TC_HEADER_SIZE,m);
   return(n);
  }

//+------------------------------------------------------------------+
//| HMAC-SHA256 over CryptEncode(CRYPT_HASH_SHA256)                  |
//+------------------------------------------------------------------+
bool TcSha256(const uchar &data[],uchar &digest[])
  {
   uchar key[];                           // ignored by the hash methods
   ArrayResize(digest,0);
   int n=CryptEncode(CRYPT_HASH_SHA256,data,key,digest);
   return(n==32 && ArraySize(digest)==32);
  }

//--- RFC 2104 with a 64-byte block: H((K^opad) || H((K^ipad) || msg))
bool TcHmacSha256(const uchar &key[],const uchar &msg[],uchar &mac[])
  {
   uchar k0[64];
   ArrayInitialize(k0,0);
   int keyLength=ArraySize(key);
   if(keyLength>64)
     {
      uchar hashed[];
      if(!TcSha256(key,hashed))
         return(false);
      for(int i=0; i<32; i++)
         k0[i]=hashed[i];
     }
   else
      for(int i=0; i<keyLength; i++)
         k0[i]=key[i];

   int msgLength=ArraySize(msg);
   uchar inner[];
   ArrayResize(inner,64+msgLength);
   for(int i=0; i<64; i++)
      inner[i]=(uchar)(k0[i]^0x36);
   for(int i=0; i<msgLength; i++)
      inner[64+i]=msg[i];
   uchar innerHash[];
   if(!TcSha256(inner,innerHash))
      return(false);

   uchar outer[];
   ArrayResize(outer,64+32);
   for(int i=0; i<64; i++)
      outer[i]=(uchar)(k0[i]^0x5C);
   for(int i=0; i<32; i++)
      outer[64+i]=innerHash[i];
   return(TcSha256(outer,mac));
  }

//--- AUTH.mac: key = secret (UTF-8), message = nonce (32 bytes) || login (u64 LE)
bool TcAuthMac(const string secret,const uchar &nonce[],const ulong login,uchar &mac[])
  {
   uchar key[];
   TcUtf8Bytes(secret,key);
   uchar msg[];
   ArrayResize(msg,40);
   ArrayInitialize(msg,0);
   for(int i=0; i<32; i++)
      msg[i]=nonce[i];
   TcPutU64(msg,32,login);
   return(TcHmacSha256(key,msg,mac));
  }

//+------------------------------------------------------------------+
//| Self-test against the vectors of docs/mt5-protocol.md            |
//+------------------------------------------------------------------+
bool TcSelfTest(string &err)
  {
//--- 1. AUTH test vector
   uchar nonce[];
   ArrayResize(nonce,32);
   for(int i=0; i<32; i++)
      nonce[i]=(uchar)i;
   uchar mac[];
   if(!TcAuthMac("correct horse battery staple",nonce,51234567,mac))
     {
      err=StringFormat("HMAC-SHA256 failed: CryptEncode(CRYPT_HASH_SHA256) error %d",GetLastError());
      return(false);
     }
   string expectedMac="9977c0378bdde9c431c975ac2cfa25330d15f1ce5b8de0450c2446a643e0856b";
   string gotMac=TcHex(mac);
   if(gotMac!=expectedMac)
     {
      err="HMAC-SHA256 test vector mismatch: got "+gotMac+", expected "+expectedMac;
      return(false);
     }
//--- 2. worked TICK example: sequence 42, index 3, 2026-11-27T12:00:00.250Z, 1.05312 / 1.05315, flags 6
   TcTick t;
   t.timeMs     =(ulong)1795780800*1000+250;
   t.bid        =1.05312;
   t.ask        =1.05315;
   t.last       =0.0;
   t.volume     =0.0;
   t.symbolIndex=3;
   t.flags      =6;
   uchar frame[];
   TcEncodeTick(frame,42,t);
   string expectedTick="400000000c0001002a00000000000000"+
                       "fa6ee01ca201000061376c5b94d9f03f"+
                       "b6847cd0b3d9f03f0000000000000000"+
                       "00000000000000000300000006000000";
   string gotTick=TcHex(frame);
   if(gotTick!=expectedTick)
     {
      err="TICK worked example mismatch: got "+gotTick;
      return(false);
     }
//--- 3. the header and body readers give back what the writers wrote
   TcHeader h;
   TcReadHeader(frame,0,h);
   string why="";
   if(TcCheckHeader(h,false,why)!=TC_ERR_NONE || h.sequence!=42 || h.type!=TC_MSG_TICK)
     {
      err="TICK header round trip failed: "+why;
      return(false);
     }
   TcTick back;
   if(!TcReadTickBody(frame,TC_HEADER_SIZE,back,why) || back.timeMs!=t.timeMs || back.bid!=t.bid ||
      back.ask!=t.ask || back.symbolIndex!=3 || back.flags!=6)
     {
      err="TICK body round trip failed "+why;
      return(false);
     }
//--- 4. text fields: zero padding and a cut on a UTF-8 character boundary
   uchar text[];
   ArrayResize(text,8);
   TcPutText(text,0,8,"EURUSD");
   if(TcHex(text)!="4555525553440000" || TcGetText(text,0,8)!="EURUSD" || !TcTextValid(text,0,8))
     {
      err="char[8] text field encoding failed: "+TcHex(text);
      return(false);
     }
   return(true);
  }

#endif // TRADINGCORE_PROTOCOL_MQH
//+------------------------------------------------------------------+
