//+------------------------------------------------------------------+
//|                                            TradingCoreBridge.mq5 |
//|        MT5 client of the tradingcore daemon (docs/mt5-protocol.md)|
//+------------------------------------------------------------------+
#property copyright   "tradingcore"
#property version     "1.00"
#property description "Streams ticks, bars, account, symbols, positions and execution reports to the tradingcore daemon"
#property description "and executes its orders (protocol v1, TCP, HMAC-SHA256 authentication)."
#property description "Add the daemon host (default 127.0.0.1) to Tools > Options > Expert Advisors >"
#property description "'Allow WebRequest for listed URL', and enable Algo Trading."

#include <Trade\Trade.mqh>
#include "TradingCoreProtocol.mqh"

//+------------------------------------------------------------------+
//| Inputs                                                           |
//+------------------------------------------------------------------+
input string InpHost            ="127.0.0.1"; // Daemon host (bridge address)
input ushort InpPort            =8001;        // Daemon port (bridge.port)
input string InpSecret          ="";          // Shared secret (bridge.secret / TC_BRIDGE_SECRET)
input string InpSymbols         ="";          // Symbols, comma-separated (empty: the chart symbol)
input int    InpTimerMs         =100;         // Timer period, ms
input bool   InpSendBarsOnConnect=true;       // Send closed M1 bars after each connect
input int    InpBarsOnConnect   =500;         // Number of closed M1 bars per symbol to send
input ulong  InpMagicFilter     =0;           // Magic number of positions/manual deals to report (0: all)

//+------------------------------------------------------------------+
//| Constants                                                        |
//+------------------------------------------------------------------+
#define TC_LOG                    "[TradingCore] "
#define TC_CONNECT_TIMEOUT_MS     3000        // SocketConnect
#define TC_SEND_TIMEOUT_MS        10000       // system send timeout (backpressure)
#define TC_RECV_TIMEOUT_MS        1000        // system receive timeout
#define TC_READ_TIMEOUT_MS        1           // SocketRead after SocketIsReadable (never 0: 0 means 120 s)
#define TC_HANDSHAKE_TIMEOUT_MS   5000        // CHALLENGE / AUTH_OK must arrive within this
#define TC_BACKOFF_MIN_MS         1000
#define TC_BACKOFF_MAX_MS         30000
#define TC_SNAPSHOT_PERIOD_MS     10000
#define TC_STATS_PERIOD_MS        60000
#define TC_OFFSET_PERIOD_MS       60000
#define TC_RING_CAPACITY          1024        // unacknowledged EXEC_REPORT / POSITIONS_SNAPSHOT frames
#define TC_MAX_ORDERS             4096        // remembered orders (clientOrderId <-> ticket, last report)
#define TC_RECENT_DEALS           256
#define TC_MAX_TICKS_PER_POLL     1000
#define TC_MAX_READ_CHUNK         65536
#define TC_HISTORY_SCAN_DAYS      7
#define TC_COMMENT_PREFIX         "tc:"
#define TC_VOLUME_EPSILON         1e-8

enum TcState
  {
   TC_STATE_DISCONNECTED=0,
   TC_STATE_WAIT_CHALLENGE=1,
   TC_STATE_WAIT_AUTH_OK=2,
   TC_STATE_READY=3
  };

//--- one unacknowledged frame kept for resend, with its original sequence
struct TcRingSlot
  {
   ulong             seq;
   ushort            type;
   uchar             data[];
  };

//--- what the EA knows about one order (daemon order, or a manual one seen in a deal)
struct TcOrderRec
  {
   ulong             cid;                 // clientOrderId, 0 for a manual order
   ulong             ticket;              // order ticket, 0 if never placed
   ulong             positionTicket;
   int               symbolIndex;
   uchar             side;
   double            volume;              // requested lots
   double            cumQty;
   double            notional;            // sum of qty x price of the fills
   bool              isFinal;             // FILL / CANCELLED / REJECTED / EXPIRED reported
   bool              hasReport;
   uchar             report[TC_BODY_EXEC_REPORT]; // body of the last EXEC_REPORT
  };

//+------------------------------------------------------------------+
//| State                                                            |
//+------------------------------------------------------------------+
CTrade   g_trade;
bool     g_initialized=false;
ulong    g_login=0;
string   g_gvNextSeq="";
string   g_gvServerSeq="";

int      g_sock=INVALID_HANDLE;
TcState  g_state=TC_STATE_DISCONNECTED;
ulong    g_nextSeq=1;                     // next client sequence (persisted)
ulong    g_lastServerSeq=0;               // last server ORDER_* frame processed (persisted, sent in HELLO)
ulong    g_lastServerSeqSeen=0;           // last server frame processed (HEARTBEAT.ackSequence)
ulong    g_sessionId=0;

uint     g_heartbeatMs=1000;
uint     g_idleMs=5000;
ulong    g_lastSendMs=0;
ulong    g_lastRecvMs=0;
ulong    g_stateSinceMs=0;
ulong    g_nextConnectMs=0;
int      g_backoffMs=TC_BACKOFF_MIN_MS;

uchar    g_rx[];
int      g_rxLen=0;
uchar    g_tx[];                          // staged tick frames, written in one SocketSend
int      g_txLen=0;

string   g_syms[];
int      g_symCount=0;
long     g_cursorMsc[];                   // per symbol: time_msc of the last tick sent
int      g_cursorCount[];                 // per symbol: ticks sent with exactly that time_msc
string   g_warnedSyms[];

long     g_offsetSec=0;                   // TimeTradeServer() - TimeGMT(), quarter-hour rounded
ulong    g_offsetAtMs=0;

TcRingSlot g_ring[];
int      g_ringHead=0;
int      g_ringCount=0;

TcOrderRec g_orders[];
int      g_orderCount=0;

ulong    g_recentDeals[TC_RECENT_DEALS];
int      g_recentDealPos=0;

bool     g_snapshotDue=false;
ulong    g_lastSnapshotMs=0;
ulong    g_lastFlushMs=0;
ulong    g_lastStatsMs=0;

long     g_statTicks=0;
long     g_statFrames=0;
long     g_statReconnects=0;
long     g_statReports=0;

//--- prototypes of functions used before their definition
void ProcessFrames();
void HandleFrame(const TcHeader &h,const int off);
void OnServerError(const TcError &e);
void OnChallenge(const TcChallenge &c);
void OnAuthOk(const TcAuthOk &ok);
void OnOrderNew(const TcOrderNew &o,const ulong frameSeq);
void OnOrderModify(const TcOrderModify &m,const ulong frameSeq);
void OnOrderCancel(const TcOrderCancel &c,const ulong frameSeq);
void SendAccountInfo();
void SendSymbolInfo(const int index);
void SendPositionsSnapshot();
void SendBars(const int index);
void StartTickStream(const int index);
void SendTick(const int index,const MqlTick &t);

//+------------------------------------------------------------------+
//| Small helpers                                                    |
//+------------------------------------------------------------------+
ulong NowMs()
  {
   return(GetTickCount64());
  }

//--- UTC epoch milliseconds, second resolution (for asOf/heartbeat/report times)
ulong UtcNowMs()
  {
   return((ulong)TimeGMT()*1000);
  }

void RefreshServerOffset()
  {
   long diff=(long)(TimeTradeServer()-TimeGMT());
   long rounded=(long)MathRound((double)diff/900.0)*900;
   if(rounded!=g_offsetSec)
      PrintFormat(TC_LOG+"trade server time offset: %I64d s (UTC = server time - offset)",rounded);
   g_offsetSec=rounded;
   g_offsetAtMs=NowMs();
  }

//--- trade-server milliseconds -> UTC milliseconds
ulong ServerMscToUtc(const long serverMsc)
  {
   long utc=serverMsc-g_offsetSec*1000;
   return(utc>0 ? (ulong)utc : 0);
  }

//--- UTC milliseconds -> trade-server datetime
datetime UtcMsToServerTime(const ulong utcMs)
  {
   return((datetime)((long)(utcMs/1000)+g_offsetSec));
  }

string Trim(const string s)
  {
   string t=s;
   StringTrimLeft(t);
   StringTrimRight(t);
   return(t);
  }

int SymbolIndexOf(const string name)
  {
   for(int i=0; i<g_symCount; i++)
      if(g_syms[i]==name)
         return(i);
   return(-1);
  }

//--- once per symbol: a position or deal on a symbol the daemon was not told about
void WarnUndeclaredSymbol(const string name,const string what)
  {
   int n=ArraySize(g_warnedSyms);
   for(int i=0; i<n; i++)
      if(g_warnedSyms[i]==name)
         return;
   ArrayResize(g_warnedSyms,n+1);
   g_warnedSyms[n]=name;
   PrintFormat(TC_LOG+"%s on %s is not reported: the symbol is not in the 'Symbols' input",what,name);
  }

//--- "tc:<clientOrderId>[|comment]" -> clientOrderId, 0 if the comment is not ours
ulong ParseCidFromComment(const string comment)
  {
   int prefix=StringLen(TC_COMMENT_PREFIX);
   if(StringLen(comment)<=prefix || StringSubstr(comment,0,prefix)!=TC_COMMENT_PREFIX)
      return(0);
   ulong v=0;
   int digits=0;
   int n=StringLen(comment);
   for(int i=prefix; i<n; i++)
     {
      ushort c=StringGetCharacter(comment,i);
      if(c<'0' || c>'9')
         break;
      v=v*10+(ulong)(c-'0');
      digits++;
      if(digits>20)
         return(0);
     }
   return(digits>0 ? v : 0);
  }

//--- order comment: "tc:<clientOrderId>" plus "|<daemon comment>", at most 31 characters
string MakeOrderComment(const ulong cid,const string daemonComment)
  {
   string c=TC_COMMENT_PREFIX+TcU64ToString(cid);
   if(StringLen(daemonComment)>0)
      c=c+"|"+daemonComment;
   if(StringLen(c)>31)
      c=StringSubstr(c,0,31);
   return(c);
  }

uchar SideOfOrderType(const long orderType)
  {
   if(orderType==ORDER_TYPE_BUY || orderType==ORDER_TYPE_BUY_LIMIT || orderType==ORDER_TYPE_BUY_STOP ||
      orderType==ORDER_TYPE_BUY_STOP_LIMIT)
      return(TC_SIDE_BUY);
   return(TC_SIDE_SELL);
  }

string StateName(const TcState s)
  {
   switch(s)
     {
      case TC_STATE_DISCONNECTED:   return("DISCONNECTED");
      case TC_STATE_WAIT_CHALLENGE: return("WAIT_CHALLENGE");
      case TC_STATE_WAIT_AUTH_OK:   return("WAIT_AUTH_OK");
      case TC_STATE_READY:          return("READY");
     }
   return("?");
  }

//+------------------------------------------------------------------+
//| Sequences (persisted per login in terminal global variables)     |
//+------------------------------------------------------------------+
void LoadSequences()
  {
   g_gvNextSeq  ="TC."+TcU64ToString(g_login)+".nextClientSeq";
   g_gvServerSeq="TC."+TcU64ToString(g_login)+".lastServerSeq";
   g_nextSeq=1;
   if(GlobalVariableCheck(g_gvNextSeq))
     {
      double v=GlobalVariableGet(g_gvNextSeq);
      if(v>=1.0)
         g_nextSeq=(ulong)v;
     }
   g_lastServerSeq=0;
   if(GlobalVariableCheck(g_gvServerSeq))
     {
      double v=GlobalVariableGet(g_gvServerSeq);
      if(v>=0.0)
         g_lastServerSeq=(ulong)v;
     }
   PrintFormat(TC_LOG+"login %I64u: next client sequence %I64u, last server order sequence %I64u",
               g_login,g_nextSeq,g_lastServerSeq);
  }

ulong NextSeq()
  {
   ulong s=g_nextSeq;
   g_nextSeq++;
   GlobalVariableSet(g_gvNextSeq,(double)g_nextSeq);
   return(s);
  }

void SaveServerSeq(const ulong seq)
  {
   g_lastServerSeq=seq;
   GlobalVariableSet(g_gvServerSeq,(double)g_lastServerSeq);
  }

//+------------------------------------------------------------------+
//| Resend ring                                                      |
//+------------------------------------------------------------------+
void RingPush(const ulong seq,const ushort type,const uchar &frame[],const int length)
  {
   if(g_ringCount==TC_RING_CAPACITY)
     {
      PrintFormat(TC_LOG+"WARNING: resend ring full (%d frames); dropping unacknowledged %s seq %I64u",
                  TC_RING_CAPACITY,TcTypeName(g_ring[g_ringHead].type),g_ring[g_ringHead].seq);
      ArrayFree(g_ring[g_ringHead].data);
      g_ringHead=(g_ringHead+1)%TC_RING_CAPACITY;
      g_ringCount--;
     }
   int idx=(g_ringHead+g_ringCount)%TC_RING_CAPACITY;
   g_ring[idx].seq =seq;
   g_ring[idx].type=type;
   ArrayResize(g_ring[idx].data,length);
   ArrayCopy(g_ring[idx].data,frame,0,0,length);
   g_ringCount++;
  }

//--- drop every kept frame covered by an acknowledgment
void RingTrim(const ulong ack)
  {
   while(g_ringCount>0 && g_ring[g_ringHead].seq<=ack)
     {
      ArrayFree(g_ring[g_ringHead].data);
      g_ringHead=(g_ringHead+1)%TC_RING_CAPACITY;
      g_ringCount--;
     }
  }

//+------------------------------------------------------------------+
//| Socket                                                           |
//+------------------------------------------------------------------+
void CloseSocket()
  {
   if(g_sock!=INVALID_HANDLE)
      SocketClose(g_sock);
   g_sock=INVALID_HANDLE;
   g_rxLen=0;
   g_txLen=0;
  }

//--- close and schedule a reconnect with exponential backoff
void Disconnect(const string reason)
  {
   bool wasOpen=(g_sock!=INVALID_HANDLE);
   CloseSocket();
   if(g_state!=TC_STATE_DISCONNECTED || wasOpen)
      PrintFormat(TC_LOG+"disconnected (%s) in state %s; reconnecting in %d ms",reason,StateName(g_state),g_backoffMs);
   g_state=TC_STATE_DISCONNECTED;
   g_nextConnectMs=NowMs()+(ulong)g_backoffMs;
   g_backoffMs=(g_backoffMs*2>TC_BACKOFF_MAX_MS) ? TC_BACKOFF_MAX_MS : g_backoffMs*2;
  }

//--- write all bytes; false (and disconnect) on error
bool WriteRaw(const uchar &data[],const int length)
  {
   if(g_sock==INVALID_HANDLE)
      return(false);
   int sent=SocketSend(g_sock,data,(uint)length);
   if(sent==length)
     {
      g_lastSendMs=NowMs();
      return(true);
     }
//--- partial write: send the rest (the stream must stay frame-aligned)
   int offset=(sent>0) ? sent : 0;
   int attempts=0;
   while(sent>=0 && offset<length && attempts<100)
     {
      uchar rest[];
      int n=ArrayCopy(rest,data,0,offset,length-offset);
      sent=SocketSend(g_sock,rest,(uint)n);
      if(sent>0)
         offset+=sent;
      attempts++;
     }
   if(offset==length)
     {
      g_lastSendMs=NowMs();
      return(true);
     }
   Disconnect(StringFormat("send failed after %d of %d bytes, error %d",offset,length,GetLastError()));
   return(false);
  }

bool FlushTx()
  {
   if(g_txLen==0)
      return(g_sock!=INVALID_HANDLE);
   int n=g_txLen;
   g_txLen=0;
   return(WriteRaw(g_tx,n));
  }

//--- write one frame now (staged ticks go first, to keep sequence order)
bool WriteFrame(const uchar &frame[],const int length)
  {
   if(!FlushTx())
      return(false);
   g_statFrames++;
   return(WriteRaw(frame,length));
  }

//--- stage a TICK frame; FlushTx() sends the batch
void StageFrame(const uchar &frame[],const int length)
  {
   if(ArraySize(g_tx)<g_txLen+length)
      ArrayResize(g_tx,g_txLen+length+4096);
   ArrayCopy(g_tx,frame,g_txLen,0,length);
   g_txLen+=length;
   g_statFrames++;
   if(g_txLen>=32768)
      FlushTx();
  }

//--- a post-handshake frame: EXEC_REPORT and POSITIONS_SNAPSHOT are kept until acknowledged
//--- and, when not connected, only kept (they are resent after the next AUTH_OK)
bool SendSessionFrame(const uchar &frame[],const int length,const ulong seq,const ushort type)
  {
   if(type==TC_MSG_EXEC_REPORT || type==TC_MSG_POSITIONS_SNAPSHOT)
      RingPush(seq,type,frame,length);
   if(g_state!=TC_STATE_READY)
      return(false);
   return(WriteFrame(frame,length));
  }

void SendError(const uint code,const ulong refSequence,const string message)
  {
   if(g_sock==INVALID_HANDLE)
      return;
   TcError e;
   e.code       =(ushort)code;
   e.refSequence=refSequence;
   e.message    =message;
   uchar f[];
   int n=TcEncodeError(f,NextSeq(),e);
   PrintFormat(TC_LOG+"sending ERROR %u %s (ref %I64u): %s",code,TcErrorName(code),refSequence,message);
   WriteFrame(f,n);
  }

//--- protocol violation by the server: answer ERROR, close when the code closes
void ProtocolFailure(const uint code,const ulong refSequence,const string message)
  {
   SendError(code,refSequence,message);
   if(TcErrorCloses(code))
      Disconnect("protocol error "+TcErrorName(code)+": "+message);
  }

bool Connect()
  {
   g_statReconnects++;
   ResetLastError();
   g_sock=SocketCreate();
   if(g_sock==INVALID_HANDLE)
     {
      Disconnect(StringFormat("SocketCreate failed, error %d",GetLastError()));
      return(false);
     }
   if(!SocketTimeouts(g_sock,TC_SEND_TIMEOUT_MS,TC_RECV_TIMEOUT_MS))
      PrintFormat(TC_LOG+"SocketTimeouts failed, error %d (continuing)",GetLastError());
   PrintFormat(TC_LOG+"connecting to %s:%u ...",InpHost,(uint)InpPort);
   ResetLastError();
   if(!SocketConnect(g_sock,InpHost,(uint)InpPort,TC_CONNECT_TIMEOUT_MS))
     {
      int err=GetLastError();
      string hint="";
      if(err==4014)
         hint=" - the address is not allowed: add '"+InpHost+"' to Tools > Options > Expert Advisors > "+
              "'Allow WebRequest for listed URL'";
      else
         hint=" - is the daemon running with bridge.enabled=true on this port?";
      Disconnect(StringFormat("connect to %s:%u failed, error %d%s",InpHost,(uint)InpPort,err,hint));
      return(false);
     }
   g_rxLen=0;
   g_txLen=0;
   g_state=TC_STATE_WAIT_CHALLENGE;
   g_stateSinceMs=NowMs();
   g_lastRecvMs=NowMs();
   g_lastServerSeqSeen=0;
//--- HELLO
   TcHello hello;
   hello.login             =g_login;
   hello.lastServerSequence=g_lastServerSeq;
   hello.clientBuild       =TC_CLIENT_BUILD;
   hello.minVersion        =TC_PROTOCOL_VERSION;
   hello.maxVersion        =TC_PROTOCOL_VERSION;
   hello.terminal          =TerminalInfoString(TERMINAL_NAME);
   hello.server            =AccountInfoString(ACCOUNT_SERVER);
   uchar f[];
   ulong seq=NextSeq();
   int n=TcEncodeHello(f,seq,hello);
   if(!WriteFrame(f,n))
      return(false);
   PrintFormat(TC_LOG+"connected; HELLO login %I64u seq %I64u lastServerSequence %I64u",g_login,seq,g_lastServerSeq);
   return(true);
  }

//--- read what is available without blocking, then handle every complete frame
void PumpSocket()
  {
   if(g_sock==INVALID_HANDLE)
      return;
   for(int pass=0; pass<16; pass++)
     {
      uint avail=SocketIsReadable(g_sock);
      if(avail==0)
        {
         if(!SocketIsConnected(g_sock))
           {
            Disconnect(StringFormat("connection closed by the daemon (error %d)",GetLastError()));
            return;
           }
         break;
        }
      uint want=(avail>(uint)TC_MAX_READ_CHUNK) ? (uint)TC_MAX_READ_CHUNK : avail;
      uchar chunk[];
      int n=SocketRead(g_sock,chunk,want,TC_READ_TIMEOUT_MS);
      if(n<=0)
        {
         //--- SocketIsReadable may report 1 byte speculatively; a read timeout is not an error
         if(!SocketIsConnected(g_sock))
           {
            Disconnect(StringFormat("read failed, error %d",GetLastError()));
            return;
           }
         break;
        }
      if(ArraySize(g_rx)<g_rxLen+n)
         ArrayResize(g_rx,g_rxLen+n+4096);
      ArrayCopy(g_rx,chunk,g_rxLen,0,n);
      g_rxLen+=n;
      g_lastRecvMs=NowMs();
      if((uint)n<want)
         break;
     }
   ProcessFrames();
  }

void ProcessFrames()
  {
   int pos=0;
   while(g_sock!=INVALID_HANDLE && g_rxLen-pos>=TC_HEADER_SIZE)
     {
      TcHeader h;
      TcReadHeader(g_rx,pos,h);
      //--- the length is checked before waiting for the body
      if(h.length<TC_HEADER_SIZE || h.length>TC_MAX_FRAME)
        {
         ProtocolFailure(TC_ERR_TOO_LARGE,h.sequence,StringFormat("frame length %u",h.length));
         return;
        }
      if(g_rxLen-pos<(int)h.length)
         break;
      string err="";
      int code=TcCheckHeader(h,true,err);
      if(code!=TC_ERR_NONE)
        {
         ProtocolFailure(code,h.sequence,err);
         return;
        }
      HandleFrame(h,pos);
      pos+=(int)h.length;
     }
   if(g_sock==INVALID_HANDLE)
      return;
//--- keep the partial frame at the start of the buffer
   if(pos>0)
     {
      int rest=g_rxLen-pos;
      for(int i=0; i<rest; i++)
         g_rx[i]=g_rx[pos+i];
      g_rxLen=rest;
     }
  }

//+------------------------------------------------------------------+
//| Frames from the daemon                                           |
//+------------------------------------------------------------------+
void HandleFrame(const TcHeader &h,const int off)
  {
   int body=off+TC_HEADER_SIZE;
   string err="";
   switch(h.type)
     {
      case TC_MSG_ERROR:
        {
         TcError e;
         if(!TcReadErrorBody(g_rx,body,e,err))
           {
            ProtocolFailure(TC_ERR_MALFORMED,h.sequence,err);
            return;
           }
         g_lastServerSeqSeen=h.sequence;
         OnServerError(e);
         return;
        }
      case TC_MSG_HEARTBEAT:
        {
         TcHeartbeat hb;
         TcReadHeartbeatBody(g_rx,body,hb,err);
         g_lastServerSeqSeen=h.sequence;
         if(g_state==TC_STATE_READY)
            RingTrim(hb.ackSequence);
         return;
        }
      case TC_MSG_CHALLENGE:
        {
         if(g_state!=TC_STATE_WAIT_CHALLENGE)
           {
            ProtocolFailure(TC_ERR_MALFORMED,h.sequence,"unexpected CHALLENGE in state "+StateName(g_state));
            return;
           }
         TcChallenge c;
         TcReadChallengeBody(g_rx,body,c,err);
         g_lastServerSeqSeen=h.sequence;
         OnChallenge(c);
         return;
        }
      case TC_MSG_AUTH_OK:
        {
         if(g_state!=TC_STATE_WAIT_AUTH_OK)
           {
            ProtocolFailure(TC_ERR_MALFORMED,h.sequence,"unexpected AUTH_OK in state "+StateName(g_state));
            return;
           }
         TcAuthOk ok;
         TcReadAuthOkBody(g_rx,body,ok,err);
         g_lastServerSeqSeen=h.sequence;
         OnAuthOk(ok);
         return;
        }
      case TC_MSG_ORDER_NEW:
      case TC_MSG_ORDER_MODIFY:
      case TC_MSG_ORDER_CANCEL:
        {
         if(g_state!=TC_STATE_READY)
           {
            ProtocolFailure(TC_ERR_MALFORMED,h.sequence,TcTypeName(h.type)+" before AUTH_OK");
            return;
           }
         if(h.type==TC_MSG_ORDER_NEW)
           {
            TcOrderNew o;
            if(!TcReadOrderNewBody(g_rx,body,o,err))
              {
               ProtocolFailure(TC_ERR_MALFORMED,h.sequence,err);
               return;
              }
            OnOrderNew(o,h.sequence);
           }
         else
            if(h.type==TC_MSG_ORDER_MODIFY)
              {
               TcOrderModify m;
               if(!TcReadOrderModifyBody(g_rx,body,m,err))
                 {
                  ProtocolFailure(TC_ERR_MALFORMED,h.sequence,err);
                  return;
                 }
               OnOrderModify(m,h.sequence);
              }
            else
              {
               TcOrderCancel c;
               TcReadOrderCancelBody(g_rx,body,c,err);
               OnOrderCancel(c,h.sequence);
              }
         //--- processed: remember it, so that HELLO asks only for later orders
         g_lastServerSeqSeen=h.sequence;
         SaveServerSeq(h.sequence);
         return;
        }
     }
//--- TcCheckHeader already refused unknown types and wrong directions
   ProtocolFailure(TC_ERR_MALFORMED,h.sequence,"unexpected "+TcTypeName(h.type));
  }

void OnServerError(const TcError &e)
  {
   PrintFormat(TC_LOG+"daemon ERROR %u %s (ref seq %I64u): %s",(uint)e.code,TcErrorName(e.code),e.refSequence,e.message);
   if(e.code==TC_ERR_AUTH_FAILED)
      Print(TC_LOG+"authentication refused: check that the 'Shared secret' input equals bridge.secret of the daemon");
   if(e.code==TC_ERR_SESSION_EXISTS)
      PrintFormat(TC_LOG+"another terminal/EA already has a session for login %I64u; only one per account",g_login);
   if(TcErrorCloses(e.code))
      Disconnect("daemon sent ERROR "+TcErrorName(e.code));
  }

void OnChallenge(const TcChallenge &c)
  {
   if(c.heartbeatIntervalMs>0)
      g_heartbeatMs=c.heartbeatIntervalMs;
   if(c.idleTimeoutMs>0)
      g_idleMs=c.idleTimeoutMs;
   TcAuth a;
   uchar mac[];
   uchar nonce[];
   ArrayResize(nonce,32);
   for(int i=0; i<32; i++)
      nonce[i]=c.nonce[i];
   if(!TcAuthMac(InpSecret,nonce,g_login,mac))
     {
      Disconnect(StringFormat("HMAC computation failed, error %d",GetLastError()));
      return;
     }
   for(int i=0; i<32; i++)
      a.mac[i]=mac[i];
   uchar f[];
   int n=TcEncodeAuth(f,NextSeq(),a);
   if(!WriteFrame(f,n))
      return;
   g_state=TC_STATE_WAIT_AUTH_OK;
   g_stateSinceMs=NowMs();
   PrintFormat(TC_LOG+"CHALLENGE received (heartbeat %u ms, idle timeout %u ms); AUTH sent",g_heartbeatMs,g_idleMs);
  }

void OnAuthOk(const TcAuthOk &ok)
  {
   g_state=TC_STATE_READY;
   g_stateSinceMs=NowMs();
   g_sessionId=ok.sessionId;
   g_backoffMs=TC_BACKOFF_MIN_MS;
//--- the daemon journal is the truth about what it has: never reuse a sequence it already holds
   if(ok.lastClientSequence>=g_nextSeq)
     {
      PrintFormat(TC_LOG+"WARNING: daemon has client sequence %I64u, local next was %I64u; continuing after the daemon's",
                  ok.lastClientSequence,g_nextSeq);
      g_nextSeq=ok.lastClientSequence+1;
      GlobalVariableSet(g_gvNextSeq,(double)g_nextSeq);
     }
   RingTrim(ok.lastClientSequence);
   PrintFormat(TC_LOG+"AUTH_OK session %I64u; daemon journaled client seq %I64u; resending %d kept frame(s)",
               ok.sessionId,ok.lastClientSequence,g_ringCount);
//--- 1. kept EXEC_REPORT / POSITIONS_SNAPSHOT frames, in order, with their original sequences
   for(int i=0; i<g_ringCount && g_state==TC_STATE_READY; i++)
     {
      int idx=(g_ringHead+i)%TC_RING_CAPACITY;
      WriteFrame(g_ring[idx].data,ArraySize(g_ring[idx].data));
     }
   if(g_state!=TC_STATE_READY)
      return;
//--- 2. account, symbols, positions (fresh state after the replayed history)
   SendAccountInfo();
   for(int i=0; i<g_symCount && g_state==TC_STATE_READY; i++)
      SendSymbolInfo(i);
   if(g_state!=TC_STATE_READY)
      return;
   SendPositionsSnapshot();
//--- 3. closed M1 bars, then the current tick of every symbol
   if(InpSendBarsOnConnect && InpBarsOnConnect>0)
      for(int i=0; i<g_symCount && g_state==TC_STATE_READY; i++)
         SendBars(i);
   for(int i=0; i<g_symCount && g_state==TC_STATE_READY; i++)
      StartTickStream(i);
   FlushTx();
  }

//+------------------------------------------------------------------+
//| Frames to the daemon                                             |
//+------------------------------------------------------------------+
void SendHeartbeat()
  {
   TcHeartbeat hb;
   hb.timeMs     =UtcNowMs();
   hb.ackSequence=g_lastServerSeqSeen;
   uchar f[];
   int n=TcEncodeHeartbeat(f,NextSeq(),hb);
   WriteFrame(f,n);
  }

void SendAccountInfo()
  {
   TcAccountInfo a;
   a.login     =g_login;
   a.balance   =AccountInfoDouble(ACCOUNT_BALANCE);
   a.equity    =AccountInfoDouble(ACCOUNT_EQUITY);
   a.margin    =AccountInfoDouble(ACCOUNT_MARGIN);
   a.freeMargin=AccountInfoDouble(ACCOUNT_MARGIN_FREE);
   a.leverage  =(uint)AccountInfoInteger(ACCOUNT_LEVERAGE);
   ENUM_ACCOUNT_MARGIN_MODE mode=(ENUM_ACCOUNT_MARGIN_MODE)AccountInfoInteger(ACCOUNT_MARGIN_MODE);
   a.marginMode=TC_MARGIN_RETAIL_NETTING;
   if(mode==ACCOUNT_MARGIN_MODE_EXCHANGE)
      a.marginMode=TC_MARGIN_EXCHANGE;
   if(mode==ACCOUNT_MARGIN_MODE_RETAIL_HEDGING)
      a.marginMode=TC_MARGIN_RETAIL_HEDGING;
   a.currency  =AccountInfoString(ACCOUNT_CURRENCY);
   a.server    =AccountInfoString(ACCOUNT_SERVER);
   a.company   =AccountInfoString(ACCOUNT_COMPANY);
   uchar f[];
   ulong seq=NextSeq();
   int n=TcEncodeAccountInfo(f,seq,a);
   SendSessionFrame(f,n,seq,TC_MSG_ACCOUNT_INFO);
  }

uchar TradeModeOf(const string sym)
  {
   ENUM_SYMBOL_TRADE_MODE m=(ENUM_SYMBOL_TRADE_MODE)SymbolInfoInteger(sym,SYMBOL_TRADE_MODE);
   switch(m)
     {
      case SYMBOL_TRADE_MODE_DISABLED:  return(TC_TRADE_DISABLED);
      case SYMBOL_TRADE_MODE_LONGONLY:  return(TC_TRADE_LONG_ONLY);
      case SYMBOL_TRADE_MODE_SHORTONLY: return(TC_TRADE_SHORT_ONLY);
      case SYMBOL_TRADE_MODE_CLOSEONLY: return(TC_TRADE_CLOSE_ONLY);
      case SYMBOL_TRADE_MODE_FULL:      return(TC_TRADE_FULL);
     }
   return(TC_TRADE_DISABLED);
  }

void SendSymbolInfo(const int index)
  {
   string sym=g_syms[index];
   TcSymbolInfo s;
   s.point         =SymbolInfoDouble(sym,SYMBOL_POINT);
   s.contractSize  =SymbolInfoDouble(sym,SYMBOL_TRADE_CONTRACT_SIZE);
   s.volumeMin     =SymbolInfoDouble(sym,SYMBOL_VOLUME_MIN);
   s.volumeMax     =SymbolInfoDouble(sym,SYMBOL_VOLUME_MAX);
   s.volumeStep    =SymbolInfoDouble(sym,SYMBOL_VOLUME_STEP);
   s.tickSize      =SymbolInfoDouble(sym,SYMBOL_TRADE_TICK_SIZE);
   s.tickValue     =SymbolInfoDouble(sym,SYMBOL_TRADE_TICK_VALUE);
   s.symbolIndex   =(uint)index;
   s.digits        =(uint)SymbolInfoInteger(sym,SYMBOL_DIGITS);
   s.tradeMode     =TradeModeOf(sym);
   s.symbol        =sym;
   s.currencyBase  =SymbolInfoString(sym,SYMBOL_CURRENCY_BASE);
   s.currencyProfit=SymbolInfoString(sym,SYMBOL_CURRENCY_PROFIT);
   uchar f[];
   ulong seq=NextSeq();
   int n=TcEncodeSymbolInfo(f,seq,s);
   SendSessionFrame(f,n,seq,TC_MSG_SYMBOL_INFO);
  }

//--- sum of the commissions of a position's deals (0 if the history is not available)
double PositionCommission(const long identifier)
  {
   double sum=0.0;
   if(!HistorySelectByPosition(identifier))
      return(0.0);
   int deals=HistoryDealsTotal();
   for(int i=0; i<deals; i++)
     {
      ulong deal=HistoryDealGetTicket(i);
      if(deal>0)
         sum+=HistoryDealGetDouble(deal,DEAL_COMMISSION);
     }
   return(sum);
  }

void SendPositionsSnapshot()
  {
   g_snapshotDue=false;
   g_lastSnapshotMs=NowMs();
   TcPositionEntry entries[];
   int total=PositionsTotal();
   ArrayResize(entries,(total>TC_MAX_POSITIONS) ? TC_MAX_POSITIONS : total);
   int count=0;
   for(int i=0; i<total; i++)
     {
      ulong ticket=PositionGetTicket(i);
      if(ticket==0)
         continue;
      ulong magic=(ulong)PositionGetInteger(POSITION_MAGIC);
      if(InpMagicFilter!=0 && magic!=InpMagicFilter)
         continue;
      string sym=PositionGetString(POSITION_SYMBOL);
      int index=SymbolIndexOf(sym);
      if(index<0)
        {
         WarnUndeclaredSymbol(sym,"position");
         continue;
        }
      if(count>=TC_MAX_POSITIONS)
        {
         PrintFormat(TC_LOG+"WARNING: more than %d positions; the snapshot holds the first %d",TC_MAX_POSITIONS,TC_MAX_POSITIONS);
         break;
        }
      long identifier=PositionGetInteger(POSITION_IDENTIFIER);
      entries[count].ticket     =ticket;
      entries[count].identifier =(ulong)identifier;
      entries[count].magic      =magic;
      entries[count].volume     =PositionGetDouble(POSITION_VOLUME);
      entries[count].priceOpen  =PositionGetDouble(POSITION_PRICE_OPEN);
      entries[count].stopLoss   =PositionGetDouble(POSITION_SL);
      entries[count].takeProfit =PositionGetDouble(POSITION_TP);
      entries[count].profit     =PositionGetDouble(POSITION_PROFIT);
      entries[count].swap       =PositionGetDouble(POSITION_SWAP);
      entries[count].openTimeMs =ServerMscToUtc(PositionGetInteger(POSITION_TIME_MSC));
      entries[count].symbolIndex=(uint)index;
      entries[count].side       =(uchar)(((ENUM_POSITION_TYPE)PositionGetInteger(POSITION_TYPE)==POSITION_TYPE_BUY) ? TC_SIDE_BUY : TC_SIDE_SELL);
      entries[count].commission =0.0;
      count++;
     }
//--- commissions last: HistorySelectByPosition does not disturb the position list, but keep it apart
   for(int i=0; i<count; i++)
      entries[i].commission=PositionCommission((long)entries[i].identifier);
   uchar f[];
   ulong seq=NextSeq();
   int n=TcEncodePositions(f,seq,UtcNowMs(),entries,count);
   SendSessionFrame(f,n,seq,TC_MSG_POSITIONS_SNAPSHOT);
  }

void SendBars(const int index)
  {
   string sym=g_syms[index];
   MqlRates rates[];
   ResetLastError();
//--- start at 1: bar 0 is still forming
   int n=CopyRates(sym,PERIOD_M1,1,InpBarsOnConnect,rates);
   if(n<=0)
     {
      PrintFormat(TC_LOG+"%s: CopyRates(M1) returned %d, error %d; no bars sent",sym,n,GetLastError());
      return;
     }
   int sent=0;
   for(int i=0; i<n && g_state==TC_STATE_READY; i++)
     {
      TcBar b;
      b.openTimeMs =ServerMscToUtc((long)rates[i].time*1000);
      b.open       =rates[i].open;
      b.high       =rates[i].high;
      b.low        =rates[i].low;
      b.close      =rates[i].close;
      b.volume     =(rates[i].real_volume>0) ? (double)rates[i].real_volume : (double)rates[i].tick_volume;
      b.symbolIndex=(uint)index;
      b.timeframe  =TC_TF_M1;
      if(!(b.low<=b.open && b.low<=b.close && b.open<=b.high && b.close<=b.high && b.low>=0.0))
         continue;
      uchar f[];
      int len=TcEncodeBar(f,NextSeq(),b);
      StageFrame(f,len);
      sent++;
     }
   FlushTx();
   PrintFormat(TC_LOG+"%s: %d closed M1 bars sent",sym,sent);
  }

//--- after AUTH_OK: send the current tick and start the CopyTicks cursor after it
void StartTickStream(const int index)
  {
   MqlTick t;
   if(SymbolInfoTick(g_syms[index],t) && t.time_msc>0)
     {
      SendTick(index,t);
      g_cursorMsc[index]=t.time_msc+1;
     }
   else
      g_cursorMsc[index]=(long)TimeTradeServer()*1000;
   g_cursorCount[index]=0;
  }

void SendTick(const int index,const MqlTick &t)
  {
   double volume=(t.volume_real>0.0) ? t.volume_real : (double)t.volume;
//--- a tick needs a positive bid or a positive last price; all prices finite and >= 0
   if(!(t.bid>0.0 || t.last>0.0))
      return;
   if(!TcFinite(t.bid) || !TcFinite(t.ask) || !TcFinite(t.last) || !TcFinite(volume) ||
      t.bid<0.0 || t.ask<0.0 || t.last<0.0 || volume<0.0)
      return;
   TcTick m;
   m.timeMs     =ServerMscToUtc(t.time_msc);
   m.bid        =t.bid;
   m.ask        =t.ask;
   m.last       =t.last;
   m.volume     =volume;
   m.symbolIndex=(uint)index;
   m.flags      =t.flags;
   uchar f[];
   int n=TcEncodeTick(f,NextSeq(),m);
   StageFrame(f,n);
   g_statTicks++;
  }

//--- send every tick of a symbol received since the last one sent
void PumpTicks(const int index)
  {
   if(g_state!=TC_STATE_READY)
      return;
   MqlTick ticks[];
   long from=g_cursorMsc[index];
   int n=CopyTicks(g_syms[index],ticks,COPY_TICKS_ALL,(ulong)from,TC_MAX_TICKS_PER_POLL);
   if(n<=0)
      return;
   int skip=g_cursorCount[index];
   for(int i=0; i<n && g_state==TC_STATE_READY; i++)
     {
      long msc=ticks[i].time_msc;
      if(msc<from)
         continue;
      //--- ticks with the cursor's own millisecond were partly sent already
      if(msc==from && skip>0)
        {
         skip--;
         continue;
        }
      SendTick(index,ticks[i]);
      if(msc==g_cursorMsc[index])
         g_cursorCount[index]++;
      else
        {
         g_cursorMsc[index]=msc;
         g_cursorCount[index]=1;
        }
     }
  }

//+------------------------------------------------------------------+
//| Order records                                                    |
//+------------------------------------------------------------------+
int FindOrderByCid(const ulong cid)
  {
   if(cid==0)
      return(-1);
   for(int i=g_orderCount-1; i>=0; i--)
      if(g_orders[i].cid==cid)
         return(i);
   return(-1);
  }

int FindOrderByTicket(const ulong ticket)
  {
   if(ticket==0)
      return(-1);
   for(int i=g_orderCount-1; i>=0; i--)
      if(g_orders[i].ticket==ticket)
         return(i);
   return(-1);
  }

//--- a new record at the end (evicts the oldest final one, or the oldest, when full)
int AddOrder(const ulong cid,const ulong ticket,const int symbolIndex,const uchar side,const double volume)
  {
   if(g_orderCount>=TC_MAX_ORDERS)
     {
      int victim=0;
      for(int i=0; i<g_orderCount; i++)
         if(g_orders[i].isFinal)
           {
            victim=i;
            break;
           }
      for(int i=victim; i<g_orderCount-1; i++)
         g_orders[i]=g_orders[i+1];
      g_orderCount--;
     }
   if(ArraySize(g_orders)<g_orderCount+1)
      ArrayResize(g_orders,g_orderCount+256);
   int k=g_orderCount;
   g_orderCount++;
   g_orders[k].cid           =cid;
   g_orders[k].ticket        =ticket;
   g_orders[k].positionTicket=0;
   g_orders[k].symbolIndex   =symbolIndex;
   g_orders[k].side          =side;
   g_orders[k].volume        =volume;
   g_orders[k].cumQty        =0.0;
   g_orders[k].notional      =0.0;
   g_orders[k].isFinal       =false;
   g_orders[k].hasReport     =false;
   ArrayInitialize(g_orders[k].report,0);
   return(k);
  }

bool DealSeen(const ulong deal)
  {
   for(int i=0; i<TC_RECENT_DEALS; i++)
      if(g_recentDeals[i]==deal)
         return(true);
   return(false);
  }

void RememberDeal(const ulong deal)
  {
   g_recentDeals[g_recentDealPos]=deal;
   g_recentDealPos=(g_recentDealPos+1)%TC_RECENT_DEALS;
  }

//--- a report with the order's identity and its cumulative state filled in
void FillReport(TcExecReport &r,const int k,const uchar execType,const int retcode,const ulong timeMs,const string text)
  {
   r.clientOrderId     =g_orders[k].cid;
   r.orderTicket       =g_orders[k].ticket;
   r.dealTicket        =0;
   r.positionTicket    =g_orders[k].positionTicket;
   r.timeMs            =timeMs;
   r.lastQuantity      =0.0;
   r.lastPrice         =0.0;
   r.cumulativeQuantity=g_orders[k].cumQty;
   double leaves       =g_orders[k].volume-g_orders[k].cumQty;
   bool closed=(execType==TC_EXEC_CANCELLED || execType==TC_EXEC_REJECTED || execType==TC_EXEC_EXPIRED);
   r.leavesQuantity    =(closed || leaves<TC_VOLUME_EPSILON) ? 0.0 : leaves;
   r.averagePrice      =(g_orders[k].cumQty>TC_VOLUME_EPSILON) ? g_orders[k].notional/g_orders[k].cumQty : 0.0;
   r.commission        =0.0;
   r.swap              =0.0;
   r.symbolIndex       =(g_orders[k].symbolIndex>0) ? (uint)g_orders[k].symbolIndex : 0;
   r.retcode           =retcode;
   r.execType          =execType;
   r.side              =g_orders[k].side;
   r.text              =text;
  }

//--- send a report and remember it as the order's current state
void SendReport(const int k,const TcExecReport &r)
  {
   ArrayInitialize(g_orders[k].report,0);
   TcWriteExecReportBody(g_orders[k].report,0,r);
   g_orders[k].hasReport=true;
   if(r.execType==TC_EXEC_FILL || r.execType==TC_EXEC_CANCELLED || r.execType==TC_EXEC_REJECTED || r.execType==TC_EXEC_EXPIRED)
      g_orders[k].isFinal=true;
   uchar f[];
   ulong seq=NextSeq();
   int n=TcEncodeExecReport(f,seq,r);
   g_statReports++;
   PrintFormat(TC_LOG+"EXEC_REPORT seq %I64u cid %I64u order %I64u deal %I64u exec %d last %.8g@%.8g cum %.8g leaves %.8g retcode %d %s",
               seq,r.clientOrderId,r.orderTicket,r.dealTicket,(int)r.execType,r.lastQuantity,r.lastPrice,
               r.cumulativeQuantity,r.leavesQuantity,r.retcode,r.text);
   SendSessionFrame(f,n,seq,TC_MSG_EXEC_REPORT);
  }

//--- answer with the last report of an order (duplicate ORDER_NEW, MODIFY/CANCEL of a finished order)
void ResendLastReport(const int k)
  {
   uchar f[];
   ulong seq=NextSeq();
   int n=TcFrameFromBody(f,TC_MSG_EXEC_REPORT,seq,g_orders[k].report,TC_BODY_EXEC_REPORT);
   PrintFormat(TC_LOG+"cid %I64u: answering with its current state (EXEC_REPORT seq %I64u)",g_orders[k].cid,seq);
   SendSessionFrame(f,n,seq,TC_MSG_EXEC_REPORT);
  }

//--- a rejected ORDER_NEW: a record (so that a duplicate gets the same answer) and a REJECTED report
void RejectOrder(const TcOrderNew &o,const int retcode,const string reason)
  {
   int symbolIndex=((int)o.symbolIndex<g_symCount) ? (int)o.symbolIndex : 0;
   uchar side=(uchar)((o.side==TC_SIDE_SELL) ? TC_SIDE_SELL : TC_SIDE_BUY);
   int k=AddOrder(o.clientOrderId,0,symbolIndex,side,o.volume);
   g_orders[k].symbolIndex=(int)o.symbolIndex;
   TcExecReport r;
   FillReport(r,k,TC_EXEC_REJECTED,retcode,UtcNowMs(),reason);
   r.symbolIndex=o.symbolIndex;
   PrintFormat(TC_LOG+"ORDER_NEW cid %I64u rejected: %s (retcode %d)",o.clientOrderId,reason,retcode);
   SendReport(k,r);
  }

//+------------------------------------------------------------------+
//| ORDER_NEW / ORDER_MODIFY / ORDER_CANCEL                          |
//+------------------------------------------------------------------+
void OnOrderNew(const TcOrderNew &o,const ulong frameSeq)
  {
   PrintFormat(TC_LOG+"ORDER_NEW seq %I64u cid %I64u sym %u side %u type %u vol %.8g price %.8g sl %.8g tp %.8g fill %u time %u magic %I64u pos %I64u",
               frameSeq,o.clientOrderId,o.symbolIndex,(uint)o.side,(uint)o.orderType,o.volume,o.price,o.stopLoss,
               o.takeProfit,(uint)o.filling,(uint)o.timeType,o.magic,o.positionTicket);
//--- idempotence: an order already executed is answered with its current state
   int known=FindOrderByCid(o.clientOrderId);
   if(known>=0)
     {
      if(g_orders[known].hasReport)
         ResendLastReport(known);
      return;
     }
   if(o.clientOrderId==0)
     {
      SendError(TC_ERR_INVALID_VALUE,frameSeq,"ORDER_NEW with clientOrderId 0");
      return;
     }
//--- values
   if((int)o.symbolIndex>=g_symCount)
     {
      SendError(TC_ERR_UNKNOWN_SYMBOL,frameSeq,StringFormat("ORDER_NEW cid %I64u: symbol index %u not declared",o.clientOrderId,o.symbolIndex));
      RejectOrder(o,TRADE_RETCODE_INVALID,"unknown symbol index");
      return;
     }
   if(o.side>TC_SIDE_SELL || o.orderType>TC_ORDER_STOP || o.filling>TC_FILL_RETURN || o.timeType>TC_TIME_SPECIFIED)
     {
      RejectOrder(o,TRADE_RETCODE_INVALID,"side/orderType/filling/timeType out of range");
      return;
     }
   if(o.volume<=0.0 || o.price<0.0 || o.stopLoss<0.0 || o.takeProfit<0.0)
     {
      RejectOrder(o,TRADE_RETCODE_INVALID_VOLUME,"volume must be > 0 and prices >= 0");
      return;
     }
   if(o.orderType!=TC_ORDER_MARKET && o.price<=0.0)
     {
      RejectOrder(o,TRADE_RETCODE_INVALID_PRICE,"limit/stop order without a price");
      return;
     }
   if(o.timeType==TC_TIME_SPECIFIED && o.expirationMs==0)
     {
      RejectOrder(o,TRADE_RETCODE_INVALID_EXPIRATION,"timeType 2 without expirationMs");
      return;
     }
   bool hedging=((ENUM_ACCOUNT_MARGIN_MODE)AccountInfoInteger(ACCOUNT_MARGIN_MODE)==ACCOUNT_MARGIN_MODE_RETAIL_HEDGING);
   if(hedging && o.positionTicket!=0 && o.orderType!=TC_ORDER_MARKET)
     {
      RejectOrder(o,TRADE_RETCODE_INVALID_ORDER,"positionTicket is only for market orders");
      return;
     }
   if(!TerminalInfoInteger(TERMINAL_TRADE_ALLOWED) || !MQLInfoInteger(MQL_TRADE_ALLOWED))
     {
      RejectOrder(o,TRADE_RETCODE_CLIENT_DISABLES_AT,"Algo Trading is disabled in the terminal");
      return;
     }
   string sym=g_syms[o.symbolIndex];
   int digits=(int)SymbolInfoInteger(sym,SYMBOL_DIGITS);
//--- request
   MqlTradeRequest req;
   MqlTradeResult  res;
   ZeroMemory(req);
   ZeroMemory(res);
   req.symbol   =sym;
   req.volume   =o.volume;
   req.magic    =o.magic;
   req.sl       =(o.stopLoss>0.0) ? NormalizeDouble(o.stopLoss,digits) : 0.0;
   req.tp       =(o.takeProfit>0.0) ? NormalizeDouble(o.takeProfit,digits) : 0.0;
   req.deviation=o.deviationPoints;
   req.comment  =MakeOrderComment(o.clientOrderId,o.comment);
   req.type_filling=(o.filling==TC_FILL_FOK) ? ORDER_FILLING_FOK : (o.filling==TC_FILL_IOC) ? ORDER_FILLING_IOC : ORDER_FILLING_RETURN;
   if(o.orderType==TC_ORDER_MARKET)
     {
      MqlTick tick;
      if(!SymbolInfoTick(sym,tick))
        {
         RejectOrder(o,TRADE_RETCODE_PRICE_OFF,"no current price for "+sym);
         return;
        }
      req.action=TRADE_ACTION_DEAL;
      req.type  =(o.side==TC_SIDE_BUY) ? ORDER_TYPE_BUY : ORDER_TYPE_SELL;
      req.price =(o.side==TC_SIDE_BUY) ? tick.ask : tick.bid;
      if(hedging && o.positionTicket!=0)
         req.position=o.positionTicket;
     }
   else
     {
      req.action=TRADE_ACTION_PENDING;
      if(o.orderType==TC_ORDER_LIMIT)
         req.type=(o.side==TC_SIDE_BUY) ? ORDER_TYPE_BUY_LIMIT : ORDER_TYPE_SELL_LIMIT;
      else
         req.type=(o.side==TC_SIDE_BUY) ? ORDER_TYPE_BUY_STOP : ORDER_TYPE_SELL_STOP;
      req.price=NormalizeDouble(o.price,digits);
      if(o.timeType==TC_TIME_DAY)
         req.type_time=ORDER_TIME_DAY;
      else
         if(o.timeType==TC_TIME_SPECIFIED)
           {
            req.type_time =ORDER_TIME_SPECIFIED;
            req.expiration=UtcMsToServerTime(o.expirationMs);
           }
         else
            req.type_time=ORDER_TIME_GTC;
     }
//--- send through CTrade (synchronous; fills arrive in OnTradeTransaction)
   ResetLastError();
   bool ok=g_trade.OrderSend(req,res);
   int retcode=(int)res.retcode;
   bool accepted=ok && (res.retcode==TRADE_RETCODE_DONE || res.retcode==TRADE_RETCODE_PLACED ||
                        res.retcode==TRADE_RETCODE_DONE_PARTIAL);
   if(!accepted && res.order!=0 && res.retcode==TRADE_RETCODE_TIMEOUT)
      accepted=true;                      // the server has the order; its fate comes as transactions
   if(!accepted)
     {
      if(retcode==0)
         retcode=TRADE_RETCODE_ERROR;
      string reason=res.comment;
      if(StringLen(reason)==0)
         reason=StringFormat("OrderSend failed, error %d",GetLastError());
      RejectOrder(o,retcode,reason);
      return;
     }
   int k=AddOrder(o.clientOrderId,res.order,(int)o.symbolIndex,o.side,o.volume);
   if(hedging && o.positionTicket!=0)
      g_orders[k].positionTicket=o.positionTicket;
   TcExecReport r;
   FillReport(r,k,TC_EXEC_NEW,retcode,UtcNowMs(),res.comment);
   SendReport(k,r);
  }

void OnOrderModify(const TcOrderModify &m,const ulong frameSeq)
  {
   int k=FindOrderByCid(m.clientOrderId);
   if(k<0)
     {
      SendError(TC_ERR_UNKNOWN_ORDER,frameSeq,StringFormat("ORDER_MODIFY: unknown clientOrderId %I64u",m.clientOrderId));
      return;
     }
   if(m.price<0.0 || m.stopLoss<0.0 || m.takeProfit<0.0)
     {
      SendError(TC_ERR_INVALID_VALUE,frameSeq,StringFormat("ORDER_MODIFY cid %I64u: negative price",m.clientOrderId));
      return;
     }
   ulong ticket=g_orders[k].ticket;
   bool done=false;
   string what="";
   if(ticket!=0 && OrderSelect(ticket))
     {
      //--- a pending order: price, stops and expiration
      string sym=OrderGetString(ORDER_SYMBOL);
      int digits=(int)SymbolInfoInteger(sym,SYMBOL_DIGITS);
      double price=(m.price>0.0) ? NormalizeDouble(m.price,digits) : OrderGetDouble(ORDER_PRICE_OPEN);
      double sl=(m.stopLoss>0.0) ? NormalizeDouble(m.stopLoss,digits) : 0.0;
      double tp=(m.takeProfit>0.0) ? NormalizeDouble(m.takeProfit,digits) : 0.0;
      ENUM_ORDER_TYPE_TIME typeTime=(ENUM_ORDER_TYPE_TIME)OrderGetInteger(ORDER_TYPE_TIME);
      datetime expiration=(datetime)OrderGetInteger(ORDER_TIME_EXPIRATION);
      if(m.expirationMs>0)
        {
         typeTime  =ORDER_TIME_SPECIFIED;
         expiration=UtcMsToServerTime(m.expirationMs);
        }
      done=g_trade.OrderModify(ticket,price,sl,tp,typeTime,expiration,0.0);
      what="order";
     }
   else
      if(g_orders[k].positionTicket!=0 && PositionSelectByTicket(g_orders[k].positionTicket))
        {
         //--- filled: the stops of the position it opened
         string sym=PositionGetString(POSITION_SYMBOL);
         int digits=(int)SymbolInfoInteger(sym,SYMBOL_DIGITS);
         double sl=(m.stopLoss>0.0) ? NormalizeDouble(m.stopLoss,digits) : 0.0;
         double tp=(m.takeProfit>0.0) ? NormalizeDouble(m.takeProfit,digits) : 0.0;
         done=g_trade.PositionModify(g_orders[k].positionTicket,sl,tp);
         what="position";
        }
      else
        {
         //--- nothing live to modify: tell the daemon the order's current state
         if(g_orders[k].hasReport)
            ResendLastReport(k);
         else
            SendError(TC_ERR_UNKNOWN_ORDER,frameSeq,StringFormat("ORDER_MODIFY cid %I64u: no live order or position",m.clientOrderId));
         return;
        }
   uint retcode=g_trade.ResultRetcode();
   bool success=(retcode==TRADE_RETCODE_DONE || retcode==TRADE_RETCODE_PLACED || retcode==TRADE_RETCODE_NO_CHANGES);
   if(!success)
     {
      //--- the order stays as it was: not a REJECTED report (that would end the order)
      SendError(TC_ERR_INVALID_VALUE,frameSeq,StringFormat("ORDER_MODIFY cid %I64u refused by the broker: retcode %u %s",
                m.clientOrderId,retcode,g_trade.ResultComment()));
      return;
     }
   TcExecReport r;
   FillReport(r,k,TC_EXEC_MODIFIED,(int)retcode,UtcNowMs(),what+" modified");
   SendReport(k,r);
  }

void OnOrderCancel(const TcOrderCancel &c,const ulong frameSeq)
  {
   int k=FindOrderByCid(c.clientOrderId);
   if(k<0)
     {
      SendError(TC_ERR_UNKNOWN_ORDER,frameSeq,StringFormat("ORDER_CANCEL: unknown clientOrderId %I64u",c.clientOrderId));
      return;
     }
   ulong ticket=g_orders[k].ticket;
   if(ticket==0 || !OrderSelect(ticket))
     {
      //--- not a live pending order (filled, cancelled, rejected): answer with its state
      if(g_orders[k].hasReport)
         ResendLastReport(k);
      return;
     }
   bool done=g_trade.OrderDelete(ticket);
   uint retcode=g_trade.ResultRetcode();
   if(!done && retcode!=TRADE_RETCODE_DONE && retcode!=TRADE_RETCODE_PLACED)
     {
      SendError(TC_ERR_INVALID_VALUE,frameSeq,StringFormat("ORDER_CANCEL cid %I64u refused by the broker: retcode %u %s",
                c.clientOrderId,retcode,g_trade.ResultComment()));
      return;
     }
   TcExecReport r;
   FillReport(r,k,TC_EXEC_CANCELLED,(int)retcode,UtcNowMs(),"cancelled");
   SendReport(k,r);
  }

//+------------------------------------------------------------------+
//| Trade transactions -> EXEC_REPORT                                |
//+------------------------------------------------------------------+
//--- the record of an order ticket; creates one from the terminal when the EA has none
int RecordForOrderTicket(const ulong ticket,const string symbol)
  {
   int k=FindOrderByTicket(ticket);
   if(k>=0)
      return(k);
   ulong cid=0;
   double volume=0.0;
   long type=ORDER_TYPE_BUY;
   if(OrderSelect(ticket))
     {
      cid   =ParseCidFromComment(OrderGetString(ORDER_COMMENT));
      volume=OrderGetDouble(ORDER_VOLUME_INITIAL);
      type  =OrderGetInteger(ORDER_TYPE);
     }
   else
      if(HistoryOrderSelect(ticket))
        {
         cid   =ParseCidFromComment(HistoryOrderGetString(ticket,ORDER_COMMENT));
         volume=HistoryOrderGetDouble(ticket,ORDER_VOLUME_INITIAL);
         type  =HistoryOrderGetInteger(ticket,ORDER_TYPE);
        }
//--- a daemon order the EA forgot (restart): keep its id; a manual order: cid 0
   if(cid!=0)
     {
      int byCid=FindOrderByCid(cid);
      if(byCid>=0)
        {
         g_orders[byCid].ticket=ticket;
         return(byCid);
        }
     }
   return(AddOrder(cid,ticket,SymbolIndexOf(symbol),SideOfOrderType(type),volume));
  }

void OnDealAdded(const MqlTradeTransaction &trans)
  {
   ulong deal=trans.deal;
   if(deal==0 || DealSeen(deal))
      return;
//--- deal properties from the history; the transaction itself as a fallback
   ulong  orderTicket=trans.order;
   string symbol     =trans.symbol;
   long   dealType   =trans.deal_type;
   double volume     =trans.volume;
   double price      =trans.price;
   double commission =0.0;
   double swap       =0.0;
   ulong  positionId =trans.position;
   ulong  magic      =0;
   long   timeMsc    =(long)TimeTradeServer()*1000;
   string comment    ="";
   if(HistoryDealSelect(deal))
     {
      orderTicket=(ulong)HistoryDealGetInteger(deal,DEAL_ORDER);
      symbol     =HistoryDealGetString(deal,DEAL_SYMBOL);
      dealType   =HistoryDealGetInteger(deal,DEAL_TYPE);
      volume     =HistoryDealGetDouble(deal,DEAL_VOLUME);
      price      =HistoryDealGetDouble(deal,DEAL_PRICE);
      commission =HistoryDealGetDouble(deal,DEAL_COMMISSION);
      swap       =HistoryDealGetDouble(deal,DEAL_SWAP);
      positionId =(ulong)HistoryDealGetInteger(deal,DEAL_POSITION_ID);
      magic      =(ulong)HistoryDealGetInteger(deal,DEAL_MAGIC);
      timeMsc    =HistoryDealGetInteger(deal,DEAL_TIME_MSC);
      comment    =HistoryDealGetString(deal,DEAL_COMMENT);
     }
//--- only trades (no balance, credit, commission... operations)
   if(dealType!=DEAL_TYPE_BUY && dealType!=DEAL_TYPE_SELL)
      return;
   RememberDeal(deal);
   int index=SymbolIndexOf(symbol);
   int k=FindOrderByTicket(orderTicket);
   if(k<0)
     {
      if(index<0)
        {
         WarnUndeclaredSymbol(symbol,"deal");
         return;
        }
      k=RecordForOrderTicket(orderTicket,symbol);
     }
   if(g_orders[k].cid==0 && InpMagicFilter!=0 && magic!=InpMagicFilter)
      return;
   if(index<0)
     {
      WarnUndeclaredSymbol(symbol,"deal");
      return;
     }
   g_orders[k].symbolIndex=index;
   if(g_orders[k].volume<TC_VOLUME_EPSILON)
      g_orders[k].volume=volume;
   g_orders[k].cumQty  +=volume;
   g_orders[k].notional+=volume*price;
   if(g_orders[k].cumQty>g_orders[k].volume)
      g_orders[k].volume=g_orders[k].cumQty;
   if(positionId!=0)
      g_orders[k].positionTicket=positionId;
   double leaves=g_orders[k].volume-g_orders[k].cumQty;
   uchar execType=(uchar)((leaves<TC_VOLUME_EPSILON) ? TC_EXEC_FILL : TC_EXEC_PARTIAL_FILL);
   TcExecReport r;
   FillReport(r,k,execType,TRADE_RETCODE_DONE,ServerMscToUtc(timeMsc),comment);
   r.dealTicket    =deal;
   r.positionTicket=positionId;
   r.lastQuantity  =volume;
   r.lastPrice     =price;
   r.commission    =commission;
   r.swap          =swap;
   r.side          =(uchar)((dealType==DEAL_TYPE_BUY) ? TC_SIDE_BUY : TC_SIDE_SELL);
//--- a fill after a final report (e.g. a late deal of an order already reported): still a fact
   SendReport(k,r);
   g_snapshotDue=true;
  }

//--- an order left the active list: cancelled, expired or rejected by the server
void OnOrderToHistory(const MqlTradeTransaction &trans)
  {
   int k=FindOrderByTicket(trans.order);
   if(k<0 || g_orders[k].isFinal)
      return;                              // manual orders: only their deals are reported
   uchar execType=0;
   int retcode=TRADE_RETCODE_DONE;
   string text="";
   switch(trans.order_state)
     {
      case ORDER_STATE_CANCELED:
         execType=TC_EXEC_CANCELLED;
         retcode=TRADE_RETCODE_CANCEL;
         text="cancelled";
         break;
      case ORDER_STATE_EXPIRED:
         execType=TC_EXEC_EXPIRED;
         text="expired";
         break;
      case ORDER_STATE_REJECTED:
         execType=TC_EXEC_REJECTED;
         retcode=TRADE_RETCODE_REJECT;
         text="rejected by the trade server";
         break;
      default:
         return;                           // FILLED / PARTIAL: the deals carry the fills
     }
   TcExecReport r;
   FillReport(r,k,execType,retcode,UtcNowMs(),text);
   SendReport(k,r);
  }

//+------------------------------------------------------------------+
//| Startup: rebuild clientOrderId <-> ticket from order comments    |
//+------------------------------------------------------------------+
void RebuildOrdersFromTerminal()
  {
   int found=0;
//--- live orders
   int total=OrdersTotal();
   for(int i=0; i<total; i++)
     {
      ulong ticket=OrderGetTicket(i);
      if(ticket==0)
         continue;
      ulong cid=ParseCidFromComment(OrderGetString(ORDER_COMMENT));
      if(cid==0 || FindOrderByCid(cid)>=0)
         continue;
      int k=AddOrder(cid,ticket,SymbolIndexOf(OrderGetString(ORDER_SYMBOL)),
                     SideOfOrderType(OrderGetInteger(ORDER_TYPE)),OrderGetDouble(ORDER_VOLUME_INITIAL));
      double filled=OrderGetDouble(ORDER_VOLUME_INITIAL)-OrderGetDouble(ORDER_VOLUME_CURRENT);
      g_orders[k].cumQty  =(filled>0.0) ? filled : 0.0;
      g_orders[k].notional=g_orders[k].cumQty*OrderGetDouble(ORDER_PRICE_OPEN);
      TcExecReport r;
      uchar execType=(uchar)((g_orders[k].cumQty>TC_VOLUME_EPSILON) ? TC_EXEC_PARTIAL_FILL : TC_EXEC_NEW);
      FillReport(r,k,execType,TRADE_RETCODE_PLACED,
                 ServerMscToUtc(OrderGetInteger(ORDER_TIME_SETUP_MSC)),"restored");
      TcWriteExecReportBody(g_orders[k].report,0,r);
      g_orders[k].hasReport=true;
      found++;
     }
//--- recent history: finished orders and the fills of all our orders
   datetime to=TimeCurrent()+86400;
   datetime from=TimeCurrent()-TC_HISTORY_SCAN_DAYS*86400;
   if(!HistorySelect(from,to))
     {
      PrintFormat(TC_LOG+"HistorySelect failed, error %d; order history not restored",GetLastError());
      return;
     }
   int orders=HistoryOrdersTotal();
   int firstHistory=g_orderCount;
   for(int i=0; i<orders; i++)
     {
      ulong ticket=HistoryOrderGetTicket(i);
      if(ticket==0)
         continue;
      ulong cid=ParseCidFromComment(HistoryOrderGetString(ticket,ORDER_COMMENT));
      if(cid==0 || FindOrderByCid(cid)>=0)
         continue;
      AddOrder(cid,ticket,SymbolIndexOf(HistoryOrderGetString(ticket,ORDER_SYMBOL)),
               SideOfOrderType(HistoryOrderGetInteger(ticket,ORDER_TYPE)),HistoryOrderGetDouble(ticket,ORDER_VOLUME_INITIAL));
      found++;
     }
   int deals=HistoryDealsTotal();
   for(int i=0; i<deals; i++)
     {
      ulong deal=HistoryDealGetTicket(i);
      if(deal==0)
         continue;
      long dealType=HistoryDealGetInteger(deal,DEAL_TYPE);
      if(dealType!=DEAL_TYPE_BUY && dealType!=DEAL_TYPE_SELL)
         continue;
      int k=FindOrderByTicket((ulong)HistoryDealGetInteger(deal,DEAL_ORDER));
      if(k<firstHistory)
         continue;                         // only orders restored from history: live ones were set above
      double v=HistoryDealGetDouble(deal,DEAL_VOLUME);
      g_orders[k].cumQty  +=v;
      g_orders[k].notional+=v*HistoryDealGetDouble(deal,DEAL_PRICE);
      g_orders[k].positionTicket=(ulong)HistoryDealGetInteger(deal,DEAL_POSITION_ID);
      RememberDeal(deal);
     }
   for(int k=firstHistory; k<g_orderCount; k++)
     {
      ulong ticket=g_orders[k].ticket;
      long state=HistoryOrderGetInteger(ticket,ORDER_STATE);
      uchar execType=TC_EXEC_FILL;
      int retcode=TRADE_RETCODE_DONE;
      if(state==ORDER_STATE_CANCELED)
        {
         execType=TC_EXEC_CANCELLED;
         retcode=TRADE_RETCODE_CANCEL;
        }
      else
         if(state==ORDER_STATE_EXPIRED)
            execType=TC_EXEC_EXPIRED;
         else
            if(state==ORDER_STATE_REJECTED)
              {
               execType=TC_EXEC_REJECTED;
               retcode=TRADE_RETCODE_REJECT;
              }
            else
               if(g_orders[k].volume-g_orders[k].cumQty>TC_VOLUME_EPSILON)
                  execType=TC_EXEC_PARTIAL_FILL;
      TcExecReport r;
      FillReport(r,k,execType,retcode,ServerMscToUtc(HistoryOrderGetInteger(ticket,ORDER_TIME_DONE_MSC)),"restored");
      TcWriteExecReportBody(g_orders[k].report,0,r);
      g_orders[k].hasReport=true;
      g_orders[k].isFinal=(execType!=TC_EXEC_PARTIAL_FILL);
     }
   PrintFormat(TC_LOG+"restored %d daemon order(s) from order comments ('%s<id>', last %d days)",
               found,TC_COMMENT_PREFIX,TC_HISTORY_SCAN_DAYS);
  }

//+------------------------------------------------------------------+
//| Setup                                                            |
//+------------------------------------------------------------------+
bool ParseSymbols()
  {
   string parts[];
   int n=StringSplit(InpSymbols,',',parts);
   g_symCount=0;
   ArrayResize(g_syms,0);
   for(int i=0; i<n; i++)
     {
      string s=Trim(parts[i]);
      if(StringLen(s)==0 || SymbolIndexOf(s)>=0)
         continue;
      ArrayResize(g_syms,g_symCount+1);
      g_syms[g_symCount]=s;
      g_symCount++;
     }
   if(g_symCount==0)
     {
      ArrayResize(g_syms,1);
      g_syms[0]=_Symbol;
      g_symCount=1;
     }
   if(g_symCount>TC_MAX_SYMBOL_INDEX+1)
     {
      PrintFormat(TC_LOG+"too many symbols: %d (at most %d)",g_symCount,TC_MAX_SYMBOL_INDEX+1);
      return(false);
     }
   for(int i=0; i<g_symCount; i++)
     {
      if(!SymbolSelect(g_syms[i],true))
        {
         PrintFormat(TC_LOG+"symbol '%s' is not known to this terminal (error %d)",g_syms[i],GetLastError());
         return(false);
        }
      if(StringLen(g_syms[i])>32)
        {
         PrintFormat(TC_LOG+"symbol name '%s' is longer than 32 bytes",g_syms[i]);
         return(false);
        }
     }
   ArrayResize(g_cursorMsc,g_symCount);
   ArrayResize(g_cursorCount,g_symCount);
   ArrayInitialize(g_cursorMsc,0);
   ArrayInitialize(g_cursorCount,0);
   string list="";
   for(int i=0; i<g_symCount; i++)
      list+=(i>0 ? ", " : "")+IntegerToString(i)+"="+g_syms[i];
   Print(TC_LOG+"symbols: "+list);
   return(true);
  }

void ResetState()
  {
   CloseSocket();
   g_state=TC_STATE_DISCONNECTED;
   g_initialized=false;
   g_login=0;
   g_nextSeq=1;
   g_lastServerSeq=0;
   g_lastServerSeqSeen=0;
   g_sessionId=0;
   g_heartbeatMs=1000;
   g_idleMs=5000;
   g_lastSendMs=0;
   g_lastRecvMs=0;
   g_offsetAtMs=0;
   for(int i=0; i<ArraySize(g_ring); i++)
      ArrayFree(g_ring[i].data);
   ArrayResize(g_ring,TC_RING_CAPACITY);
   g_ringHead=0;
   g_ringCount=0;
   ArrayResize(g_orders,256);
   g_orderCount=0;
   ArrayInitialize(g_recentDeals,0);
   g_recentDealPos=0;
   ArrayResize(g_warnedSyms,0);
   g_snapshotDue=false;
   g_lastSnapshotMs=0;
   g_statTicks=0;
   g_statFrames=0;
   g_statReconnects=0;
   g_statReports=0;
  }

//--- needs the account login: done on the first timer after the terminal knows it
bool InitForLogin()
  {
   long login=AccountInfoInteger(ACCOUNT_LOGIN);
   if(login<=0)
      return(false);
   g_login=(ulong)login;
   LoadSequences();
   RefreshServerOffset();
   RebuildOrdersFromTerminal();
   g_initialized=true;
   return(true);
  }

int OnInit()
  {
   string err="";
   if(!TcSelfTest(err))
     {
      Print(TC_LOG+"SELF-TEST FAILED, the EA will not start: "+err);
      Alert("TradingCoreBridge: protocol self-test failed: "+err);
      return(INIT_FAILED);
     }
   if(MQLInfoInteger(MQL_TESTER))
     {
      Print(TC_LOG+"the bridge needs a live terminal; it does not run in the Strategy Tester");
      return(INIT_FAILED);
     }
   if(StringLen(InpSecret)==0)
     {
      Print(TC_LOG+"the 'Shared secret' input is empty: set it to the daemon's bridge.secret");
      return(INIT_PARAMETERS_INCORRECT);
     }
   if(InpPort==0 || StringLen(Trim(InpHost))==0)
     {
      Print(TC_LOG+"host and port must be set");
      return(INIT_PARAMETERS_INCORRECT);
     }
   if(InpTimerMs<10 || InpTimerMs>1000)
     {
      Print(TC_LOG+"'Timer period' must be 10 .. 1000 ms");
      return(INIT_PARAMETERS_INCORRECT);
     }
   if(InpBarsOnConnect<0 || InpBarsOnConnect>100000)
     {
      Print(TC_LOG+"'Number of closed M1 bars' must be 0 .. 100000");
      return(INIT_PARAMETERS_INCORRECT);
     }
//--- OnInit can run again without the program being reloaded (e.g. new inputs): reset all state
   ResetState();
   if(!ParseSymbols())
      return(INIT_PARAMETERS_INCORRECT);
   g_trade.LogLevel(LOG_LEVEL_ERRORS);
   g_trade.SetAsyncMode(false);
   g_state=TC_STATE_DISCONNECTED;
   g_backoffMs=TC_BACKOFF_MIN_MS;
   g_nextConnectMs=0;
   g_lastStatsMs=NowMs();
   g_lastFlushMs=NowMs();
   if(!EventSetMillisecondTimer(InpTimerMs))
     {
      PrintFormat(TC_LOG+"EventSetMillisecondTimer(%d) failed, error %d",InpTimerMs,GetLastError());
      return(INIT_FAILED);
     }
   Print(TC_LOG+"self-test passed (HMAC-SHA256 vector, TICK example); daemon "+InpHost+":"+IntegerToString(InpPort));
   if(!TerminalInfoInteger(TERMINAL_TRADE_ALLOWED))
      Print(TC_LOG+"note: Algo Trading is off in the terminal; orders from the daemon will be rejected until it is on");
   InitForLogin();
   return(INIT_SUCCEEDED);
  }

void OnDeinit(const int reason)
  {
   EventKillTimer();
   if(g_sock!=INVALID_HANDLE)
     {
      FlushTx();
      CloseSocket();
     }
   g_state=TC_STATE_DISCONNECTED;
   GlobalVariablesFlush();
   PrintFormat(TC_LOG+"stopped (reason %d); %I64d ticks, %I64d reports, %d frames kept unacknowledged",
               reason,g_statTicks,g_statReports,g_ringCount);
  }

//+------------------------------------------------------------------+
//| Events                                                           |
//+------------------------------------------------------------------+
void OnTimer()
  {
   if(!g_initialized && !InitForLogin())
      return;
   ulong now=NowMs();
   if(now-g_offsetAtMs>=TC_OFFSET_PERIOD_MS)
      RefreshServerOffset();
   if(now-g_lastFlushMs>=TC_SNAPSHOT_PERIOD_MS)
     {
      GlobalVariablesFlush();
      g_lastFlushMs=now;
     }
   if(now-g_lastStatsMs>=TC_STATS_PERIOD_MS)
     {
      PrintFormat(TC_LOG+"state %s: %I64d ticks, %I64d frames, %I64d reports sent; %d kept unacknowledged; %I64d connect attempts",
                  StateName(g_state),g_statTicks,g_statFrames,g_statReports,g_ringCount,g_statReconnects);
      g_lastStatsMs=now;
     }
//--- connect
   if(g_state==TC_STATE_DISCONNECTED)
     {
      if(now>=g_nextConnectMs)
         Connect();
      return;
     }
//--- receive
   PumpSocket();
   if(g_state==TC_STATE_DISCONNECTED)
      return;
   now=NowMs();
//--- handshake and idle timeouts
   if(g_state!=TC_STATE_READY && now-g_stateSinceMs>TC_HANDSHAKE_TIMEOUT_MS)
     {
      string awaited=(g_state==TC_STATE_WAIT_CHALLENGE) ? "CHALLENGE" : "AUTH_OK";
      Disconnect("no "+awaited+" within 5 s");
      return;
     }
   if(g_state==TC_STATE_READY && now-g_lastRecvMs>g_idleMs)
     {
      SendError(TC_ERR_IDLE_TIMEOUT,0,StringFormat("nothing received for %I64u ms",now-g_lastRecvMs));
      Disconnect("idle timeout");
      return;
     }
   if(g_state!=TC_STATE_READY)
      return;
//--- stream
   for(int i=0; i<g_symCount && g_state==TC_STATE_READY; i++)
      PumpTicks(i);
   if(g_state==TC_STATE_READY && (g_snapshotDue || now-g_lastSnapshotMs>=TC_SNAPSHOT_PERIOD_MS))
     {
      if(!g_snapshotDue)
         SendAccountInfo();
      if(g_state==TC_STATE_READY)
         SendPositionsSnapshot();
     }
   if(g_state!=TC_STATE_READY)
      return;
   FlushTx();
   if(g_state==TC_STATE_READY && NowMs()-g_lastSendMs>=g_heartbeatMs)
      SendHeartbeat();
  }

void OnTick()
  {
   if(g_state!=TC_STATE_READY)
      return;
   PumpSocket();
   int index=SymbolIndexOf(_Symbol);
   if(index>=0)
      PumpTicks(index);
   if(g_state==TC_STATE_READY)
      FlushTx();
  }

void OnTradeTransaction(const MqlTradeTransaction &trans,const MqlTradeRequest &request,const MqlTradeResult &result)
  {
   if(!g_initialized)
      return;
   switch(trans.type)
     {
      case TRADE_TRANSACTION_DEAL_ADD:
         OnDealAdded(trans);
         break;
      case TRADE_TRANSACTION_HISTORY_ADD:
         OnOrderToHistory(trans);
         break;
      default:
         break;
     }
  }
//+------------------------------------------------------------------+
