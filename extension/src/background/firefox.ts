// Firefox's background page: it has a DOM and stays loaded, so it hosts the engine itself.
import { isCheckRequest } from "../shared/messages.js";
import { answerCheck, warmUp } from "../offscreen/engine_host.js";

chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (!isCheckRequest(message, "background")) return false;
  void answerCheck(message).then(sendResponse);
  return true;
});
warmUp();
